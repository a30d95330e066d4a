package vn.dxscorecard.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.dxscorecard.reference.Catalogue;
import vn.dxscorecard.reference.Direction;
import vn.dxscorecard.reference.Indicator;
import vn.dxscorecard.reference.Pillar;
import vn.dxscorecard.reference.RegistryUnit;
import vn.dxscorecard.shared.Period;

/** Distance-to-target scoring, exactly as SPEC §5 states it. Pure: no I/O. */
final class Scorer {

    private final Catalogue catalogue;

    Scorer(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * @param values accepted values by indicator code; a missing key or a null value is
     * "not reported"
     */
    UnitScore score(RegistryUnit unit, Map<String, BigDecimal> values, Period period) {
        List<IndicatorResult> indicators = new ArrayList<>();
        for (Indicator indicator : catalogue.applicableTo(unit.kind())) {
            indicators.add(indicator(indicator, values.get(indicator.code()), period));
        }
        List<PillarResult> pillars = new ArrayList<>();
        for (Pillar pillar : catalogue.pillars()) {
            List<IndicatorResult> scored = indicators.stream()
                .filter(r -> r.scored() && r.indicator().pillar().equals(pillar.code()))
                .toList();
            if (!scored.isEmpty()) {
                pillars.add(new PillarResult(pillar, Composite.pillarScore(scored)));
            }
        }
        BigDecimal overall = Composite.overall(pillars);
        return new UnitScore(unit, List.copyOf(indicators), List.copyOf(pillars), overall);
    }

    IndicatorResult indicator(Indicator indicator, BigDecimal value, Period period) {
        BigDecimal target = indicator.target(period.year()).orElse(null);
        if (target == null) {
            return new IndicatorResult(indicator, value, null, null, null, IndicatorStatus.NO_TARGET);
        }
        BigDecimal milestone = indicator.isBoolean() ? null
                : Composite.milestone(indicator, target, period.year(), period.quarter());
        if (value == null) {
            return new IndicatorResult(indicator, null, target, milestone, BigDecimal.ZERO,
                    IndicatorStatus.NOT_REPORTED);
        }
        BigDecimal attainment = attainment(indicator, value, target);
        BigDecimal score = Decimals.HUNDRED.multiply(attainment, Decimals.MC);
        return new IndicatorResult(indicator, value, target, milestone, score,
                status(indicator, value, attainment, milestone, period));
    }

    /** {@code clamp((x − worst) / (target − worst), 0, 1)}; boolean: 1 when true. */
    static BigDecimal attainment(Indicator indicator, BigDecimal value, BigDecimal target) {
        if (indicator.isBoolean()) {
            return value.compareTo(BigDecimal.ONE) == 0 ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        BigDecimal ratio = value.subtract(indicator.worst(), Decimals.MC)
            .divide(target.subtract(indicator.worst(), Decimals.MC), Decimals.MC);
        return ratio.max(BigDecimal.ZERO).min(BigDecimal.ONE);
    }

    private static IndicatorStatus status(Indicator indicator, BigDecimal value, BigDecimal attainment,
            BigDecimal milestone, Period period) {
        if (attainment.compareTo(BigDecimal.ONE) == 0) {
            return IndicatorStatus.ACHIEVED;
        }
        if (period.quarter() == 4) {
            return IndicatorStatus.NOT_ACHIEVED;
        }
        if (milestone == null) {
            return IndicatorStatus.BEHIND;
        }
        int cmp = value.compareTo(milestone);
        boolean reached = indicator.direction() == Direction.HIGHER ? cmp >= 0 : cmp <= 0;
        return reached ? IndicatorStatus.ON_TRACK : IndicatorStatus.BEHIND;
    }

}
