package vn.dxscorecard.scoring;

import java.math.BigDecimal;
import java.util.List;

import vn.dxscorecard.reference.RegistryUnit;

/**
 * A unit's scores for a period: every indicator that applies to its kind (catalogue
 * order, unscored ones included), the pillars that have a scored indicator, and the exact
 * overall score.
 */
public record UnitScore(RegistryUnit unit, List<IndicatorResult> indicators, List<PillarResult> pillars,
        BigDecimal overall) {

    public BigDecimal roundedOverall() {
        return Decimals.round(overall);
    }

    public Classification classification() {
        return Classification.of(roundedOverall());
    }
}
