package vn.dxscorecard.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.dxscorecard.reference.Direction;
import vn.dxscorecard.reference.Indicator;
import vn.dxscorecard.reference.Registry;
import vn.dxscorecard.reference.RegistryUnit;
import vn.dxscorecard.scoring.Composite;
import vn.dxscorecard.scoring.Decimals;
import vn.dxscorecard.scoring.IndicatorResult;
import vn.dxscorecard.scoring.UnitScore;
import vn.dxscorecard.shared.Period;

/**
 * SPEC §5, trajectory and projection: each unit's accepted values in the quarters of the
 * period's year, its own or its single predecessor's (a quarter with several, a merger,
 * has no point), and the straight line through the last two points to Q4.
 */
public final class Trajectories {

    private final Period period;

    private final Registry registry;

    private final Map<Period, Map<String, Map<String, BigDecimal>>> earlier;

    /**
     * @param earlier the accepted values of the published earlier quarters of the year,
     * by unit code, then indicator code; a quarter not published here is absent
     */
    public Trajectories(Period period, Registry registry, Map<Period, Map<String, Map<String, BigDecimal>>> earlier) {
        this.period = period;
        this.registry = registry;
        this.earlier = Map.copyOf(earlier);
    }

    /** Every scored indicator of the unit with its trajectory, in catalogue order. */
    public Map<String, Trajectory> of(UnitScore score) {
        List<Map<String, BigDecimal>> quarters = new ArrayList<>();
        for (int q = 1; q < period.quarter(); q++) {
            quarters.add(valuesIn(new Period(period.year(), q), score.unit()));
        }
        Map<String, Trajectory> trajectories = new LinkedHashMap<>();
        for (IndicatorResult r : score.indicators()) {
            if (!r.scored()) {
                continue;
            }
            List<BigDecimal> points = new ArrayList<>();
            quarters.forEach(values -> points.add(values.get(r.indicator().code())));
            points.add(r.value());
            trajectories.put(r.indicator().code(), trajectory(r, points));
        }
        return trajectories;
    }

    private Map<String, BigDecimal> valuesIn(Period quarter, RegistryUnit unit) {
        Map<String, Map<String, BigDecimal>> values = earlier.get(quarter);
        if (values == null) {
            return Map.of();
        }
        List<RegistryUnit> predecessors = registry.predecessors(unit, quarter.lastDay(), period.lastDay());
        return predecessors.size() == 1 ? values.getOrDefault(predecessors.getFirst().code(), Map.of()) : Map.of();
    }

    private Trajectory trajectory(IndicatorResult r, List<BigDecimal> points) {
        Indicator indicator = r.indicator();
        List<BigDecimal> milestones = new ArrayList<>();
        if (!indicator.isBoolean()) {
            for (int q = 1; q <= 4; q++) {
                milestones.add(Composite.milestone(indicator, r.target(), period.year(), q));
            }
        }
        int q = period.quarter();
        BigDecimal current = points.get(q - 1);
        int p = q - 1;
        while (p >= 1 && points.get(p - 1) == null) {
            p--;
        }
        if (q == 4 || indicator.isBoolean() || current == null || p < 1) {
            return new Trajectory(Collections.unmodifiableList(points), List.copyOf(milestones), r.target(), null,
                    null);
        }
        BigDecimal projection = current.add(current.subtract(points.get(p - 1), Decimals.MC)
            .multiply(BigDecimal.valueOf(4 - q), Decimals.MC)
            .divide(BigDecimal.valueOf(q - p), Decimals.MC), Decimals.MC);
        int cmp = projection.compareTo(r.target());
        boolean onCourse = indicator.direction() == Direction.HIGHER ? cmp >= 0 : cmp <= 0;
        return new Trajectory(Collections.unmodifiableList(points), List.copyOf(milestones), r.target(),
                Decimals.round(projection), onCourse);
    }

}
