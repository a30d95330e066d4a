package vn.dxscorecard.report.pdf;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.dxscorecard.ranking.PreviousResultsProvider;
import vn.dxscorecard.ranking.RankingEntry;
import vn.dxscorecard.reference.Period;
import vn.dxscorecard.reference.Registry;
import vn.dxscorecard.reference.RegistryUnit;
import vn.dxscorecard.report.PeriodReport;
import vn.dxscorecard.scoring.Decimals;
import vn.dxscorecard.scoring.IndicatorResult;
import vn.dxscorecard.scoring.UnitScore;

/**
 * Each indicator's change of score since last quarter, the scorecard's "trend" column. It follows the overall change
 * of SPEC §5: the previous figure is the mean of the rounded indicator scores of the unit's predecessors that
 * submitted, rounded half-up, and it is an estimate when it comes from other registry rows (a merger).
 */
@Component
class IndicatorTrends {

    /** @param previous the rounded previous score of one indicator */
    record Trend(BigDecimal previous, boolean estimated) {

        BigDecimal change(BigDecimal currentScore) {
            return Decimals.round(currentScore).subtract(previous);
        }
    }

    /**
     * A unit's previous quarter: the scores of its predecessors that submitted (its own row, or the rows merged
     * into it) and each indicator's trend; {@code NONE} when nothing is known.
     */
    record History(List<UnitScore> predecessors, boolean estimated, Map<String, Trend> indicators) {

        static final History NONE = new History(List.of(), false, Map.of());
    }

    private final PreviousResultsProvider previousResults;
    private final Registry registry;

    IndicatorTrends(PreviousResultsProvider previousResults, Registry registry) {
        this.previousResults = previousResults;
        this.registry = registry;
    }

    /** Histories by unit code; an indicator missing from a history has no previous figure ("—"). */
    Map<String, History> of(PeriodReport report) {
        Period period = report.period();
        Map<String, UnitScore> previous = previousResults.previousScores(period).stream()
                .collect(Collectors.toMap(s -> key(s.unit()), Function.identity()));
        Map<String, History> histories = new HashMap<>();
        for (RankingEntry entry : report.rankings()) {
            if (!entry.ranked()) {
                continue;
            }
            List<RegistryUnit> predecessors = registry.predecessors(entry.unit(), period.previous().lastDay(),
                    period.lastDay());
            boolean estimated = !(predecessors.size() == 1 && predecessors.getFirst().sameRow(entry.unit()));
            List<UnitScore> before = predecessors.stream().map(p -> previous.get(key(p))).filter(Objects::nonNull)
                    .toList();
            Map<String, Trend> unitTrends = new HashMap<>();
            for (IndicatorResult result : entry.score().indicators()) {
                List<BigDecimal> scores = before.stream()
                        .flatMap(s -> s.indicators().stream())
                        .filter(r -> r.indicator().code().equals(result.indicator().code()) && r.scored())
                        .map(r -> Decimals.round(r.score()))
                        .toList();
                if (result.scored() && !scores.isEmpty()) {
                    unitTrends.put(result.indicator().code(),
                            new Trend(Decimals.round(ReportFacts.mean(scores)), estimated));
                }
            }
            histories.put(entry.unit().code(), new History(before, estimated, unitTrends));
        }
        return histories;
    }

    private static String key(RegistryUnit unit) {
        return unit.kind().id() + "/" + unit.code();
    }
}
