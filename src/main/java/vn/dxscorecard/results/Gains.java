package vn.dxscorecard.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.dxscorecard.scoring.Composite;
import vn.dxscorecard.scoring.Decimals;
import vn.dxscorecard.scoring.IndicatorResult;
import vn.dxscorecard.scoring.PillarResult;
import vn.dxscorecard.scoring.UnitScore;

/**
 * SPEC §5, gain if met: the overall score recomputed with one indicator at 100, minus the
 * overall score, both exact, then rounded. Recomputed rather than taken from the closed
 * form {@code w_p/Σw_p · w_i/Σw_i · (100 − s)}, so it is the scoring's own arithmetic.
 */
public final class Gains {

    private Gains() {
    }

    /**
     * Every indicator scored for the unit below 100 with its gain, in catalogue order.
     */
    public static List<Lever> of(UnitScore score) {
        List<Lever> gains = new ArrayList<>();
        for (IndicatorResult r : score.indicators()) {
            if (r.scored() && r.score().compareTo(Decimals.HUNDRED) < 0) {
                gains.add(new Lever(r, Decimals.round(exact(score, r))));
            }
        }
        return gains;
    }

    /** The largest gains, ties in catalogue order (the sort is stable). */
    public static List<Lever> levers(UnitScore score, int count) {
        return of(score).stream().sorted(Comparator.comparing(Lever::gain).reversed()).limit(count).toList();
    }

    private static BigDecimal exact(UnitScore score, IndicatorResult met) {
        String pillar = met.indicator().pillar();
        List<IndicatorResult> inPillar = score.indicators()
            .stream()
            .filter(r -> r.scored() && r.indicator().pillar().equals(pillar))
            .map(r -> r == met ? atTarget(r) : r)
            .toList();
        List<PillarResult> pillars = score.pillars()
            .stream()
            .map(p -> p.pillar().code().equals(pillar) ? new PillarResult(p.pillar(), Composite.pillarScore(inPillar))
                    : p)
            .toList();
        return Composite.overall(pillars).subtract(score.overall(), Decimals.MC);
    }

    private static IndicatorResult atTarget(IndicatorResult r) {
        return new IndicatorResult(r.indicator(), r.target(), r.target(), r.milestone(), Decimals.HUNDRED, r.status());
    }

}
