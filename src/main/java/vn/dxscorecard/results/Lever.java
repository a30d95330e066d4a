package vn.dxscorecard.results;

import java.math.BigDecimal;

import vn.dxscorecard.scoring.IndicatorResult;

/**
 * An indicator with what meeting its target would add to the unit's overall score (SPEC
 * §5, gain if met), rounded to 2 decimals.
 */
public record Lever(IndicatorResult result, BigDecimal gain) {
}
