package vn.dxscorecard.scoring;

import java.math.BigDecimal;

import vn.dxscorecard.reference.Indicator;

/**
 * One indicator of one unit. {@code value} is null when not reported; {@code target} is
 * null when the indicator has no target this year (then it is not scored);
 * {@code milestone} is null for booleans and unscored indicators; {@code score} is exact
 * (0–100), null when not scored.
 */
public record IndicatorResult(Indicator indicator, BigDecimal value, BigDecimal target, BigDecimal milestone,
        BigDecimal score, IndicatorStatus status) {

    public boolean scored() {
        return target != null;
    }
}
