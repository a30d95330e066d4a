package vn.dxscorecard.scoring;

import java.math.BigDecimal;
import java.util.List;

import vn.dxscorecard.reference.Indicator;

/**
 * The composite arithmetic of SPEC §5 in one place: the scores, and every figure that
 * recomputes them with one thing changed (a gain if met, a ranking without a pillar), add
 * and divide in the same order, so the same inputs give the same digits.
 */
public final class Composite {

    private static final BigDecimal FOUR = BigDecimal.valueOf(4);

    private Composite() {
    }

    /** The weighted mean (indicator weights) of scored indicators of one pillar. */
    public static BigDecimal pillarScore(List<IndicatorResult> scored) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (IndicatorResult r : scored) {
            sum = sum.add(r.indicator().weight().multiply(r.score(), Decimals.MC), Decimals.MC);
            weights = weights.add(r.indicator().weight(), Decimals.MC);
        }
        return sum.divide(weights, Decimals.MC);
    }

    /**
     * The weighted mean (pillar weights) of the given pillar scores; zero when there is
     * none.
     */
    public static BigDecimal overall(List<PillarResult> pillars) {
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (PillarResult p : pillars) {
            weighted = weighted.add(p.pillar().weight().multiply(p.score(), Decimals.MC), Decimals.MC);
            weights = weights.add(p.pillar().weight(), Decimals.MC);
        }
        return weights.signum() == 0 ? BigDecimal.ZERO : weighted.divide(weights, Decimals.MC);
    }

    /**
     * The milestone of quarter {@code quarter}: {@code start + (target − start)·q/4},
     * start = the previous year's target, else baseline, else worst.
     */
    public static BigDecimal milestone(Indicator indicator, BigDecimal target, int year, int quarter) {
        BigDecimal start = indicator.target(year - 1)
            .orElse(indicator.baseline() != null ? indicator.baseline() : indicator.worst());
        return start.add(target.subtract(start, Decimals.MC)
            .multiply(BigDecimal.valueOf(quarter), Decimals.MC)
            .divide(FOUR, Decimals.MC), Decimals.MC);
    }

}
