package vn.dxscorecard.scoring;

import java.math.BigDecimal;

import vn.dxscorecard.reference.Pillar;

/**
 * A pillar score, exact; only pillars with at least one scored indicator for the unit's
 * kind exist.
 */
public record PillarResult(Pillar pillar, BigDecimal score) {
}
