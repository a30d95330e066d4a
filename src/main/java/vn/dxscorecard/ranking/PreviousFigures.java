package vn.dxscorecard.ranking;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import vn.dxscorecard.scoring.Decimals;
import vn.dxscorecard.scoring.IndicatorResult;

/**
 * What a unit is compared with (SPEC §5): the mean of its ranked predecessors' rounded
 * overall scores, its previous rank when its own row is its only predecessor, and per
 * indicator the mean of the predecessors' rounded scores (the scorecard's trend).
 * {@code estimated} when the figures come from other registry rows than the unit's own (a
 * merger or restructure): reports say so and name the {@code sources}.
 *
 * @param indicatorScores previous rounded scores by indicator code, for the indicators
 * the unit is scored on now
 */
public record PreviousFigures(BigDecimal overall, Integer rank, boolean estimated, List<PreviousSource> sources,
        Map<String, BigDecimal> indicatorScores) {

    public static final PreviousFigures NONE = new PreviousFigures(null, null, false, List.of(), Map.of());

    public boolean known() {
        return overall != null;
    }

    /**
     * The change of the indicator's rounded score since last quarter; null when there is
     * no previous score.
     */
    public BigDecimal indicatorChange(IndicatorResult current) {
        BigDecimal previous = indicatorScores.get(current.indicator().code());
        return previous == null || !current.scored() ? null : Decimals.round(current.score()).subtract(previous);
    }
}
