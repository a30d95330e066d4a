package vn.dxscorecard.ranking;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.dxscorecard.reference.Registry;
import vn.dxscorecard.reference.RegistryUnit;
import vn.dxscorecard.scoring.Decimals;
import vn.dxscorecard.scoring.IndicatorResult;
import vn.dxscorecard.scoring.UnitScore;
import vn.dxscorecard.shared.Period;

/**
 * The change since last quarter, also across the 2025 province merger and ministry
 * restructure: a unit's previous overall is the mean of its ranked predecessors' rounded
 * overall scores (SPEC §5), and each indicator's previous score the mean of their rounded
 * scores of it. The one place this rule is written.
 */
final class PreviousQuarter {

    private final Registry registry;

    private final Period period;

    private final Map<String, PreviousResult> previous;

    PreviousQuarter(Registry registry, Period period, List<PreviousResult> previousResults) {
        this.registry = registry;
        this.period = period;
        this.previous = previousResults.stream()
            .collect(Collectors.toMap(r -> key(r.kind().id(), r.code()), Function.identity()));
    }

    /**
     * @param score the unit's scores this quarter, or null when it did not submit (no
     * indicator trends then)
     */
    PreviousFigures of(RegistryUnit unit, UnitScore score) {
        List<RegistryUnit> predecessors = registry.predecessors(unit, period.previous().lastDay(), period.lastDay());
        List<PreviousResult> ranked = predecessors.stream()
            .map(p -> previous.get(key(p.kind().id(), p.code())))
            .filter(Objects::nonNull)
            .toList();
        if (ranked.isEmpty()) {
            return PreviousFigures.NONE;
        }
        boolean ownRowOnly = predecessors.size() == 1 && predecessors.getFirst().sameRow(unit);
        List<PreviousSource> sources = predecessors.stream()
            .filter(p -> previous.containsKey(key(p.kind().id(), p.code())))
            .map(p -> new PreviousSource(p, previous.get(key(p.kind().id(), p.code())).overall()))
            .toList();
        return new PreviousFigures(mean(ranked.stream().map(PreviousResult::overall).toList()),
                ownRowOnly ? ranked.getFirst().rank() : null, !ownRowOnly, sources, indicatorScores(ranked, score));
    }

    private static Map<String, BigDecimal> indicatorScores(List<PreviousResult> ranked, UnitScore score) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        if (score == null) {
            return scores;
        }
        for (IndicatorResult result : score.indicators()) {
            String code = result.indicator().code();
            List<BigDecimal> before = ranked.stream()
                .map(r -> r.indicatorScores().get(code))
                .filter(Objects::nonNull)
                .toList();
            if (result.scored() && !before.isEmpty()) {
                scores.put(code, mean(before));
            }
        }
        return scores;
    }

    /** The plain mean, rounded half-up to 2 decimals. */
    private static BigDecimal mean(List<BigDecimal> values) {
        return Decimals.round(Decimals.mean(values));
    }

    private static String key(String kind, String code) {
        return kind + "/" + code;
    }

}
