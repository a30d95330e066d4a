package vn.dxscorecard.ranking;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.dxscorecard.reference.Period;
import vn.dxscorecard.reference.Registry;
import vn.dxscorecard.reference.RegistryUnit;
import vn.dxscorecard.scoring.Decimals;

/**
 * The change since last quarter, also across the 2025 province merger and ministry restructure: a unit's previous
 * overall is the mean of its ranked predecessors' rounded overall scores (SPEC §5).
 */
public final class PreviousQuarter {

    private final Registry registry;
    private final Period period;
    private final Map<String, PreviousResult> previous;

    public PreviousQuarter(Registry registry, Period period, List<PreviousResult> previousResults) {
        this.registry = registry;
        this.period = period;
        this.previous = previousResults.stream()
                .collect(Collectors.toMap(r -> key(r.kind().id(), r.code()), Function.identity()));
    }

    public PreviousFigures of(RegistryUnit unit) {
        List<RegistryUnit> predecessors = registry.predecessors(unit, period.previous().lastDay(), period.lastDay());
        List<PreviousResult> ranked = predecessors.stream()
                .map(p -> previous.get(key(p.kind().id(), p.code())))
                .filter(Objects::nonNull)
                .toList();
        if (ranked.isEmpty()) {
            return PreviousFigures.NONE;
        }
        BigDecimal sum = ranked.stream().map(PreviousResult::overall).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal mean = Decimals.round(sum.divide(BigDecimal.valueOf(ranked.size()), Decimals.MC));
        boolean ownRowOnly = predecessors.size() == 1 && predecessors.getFirst().sameRow(unit);
        return new PreviousFigures(mean, ownRowOnly ? ranked.getFirst().rank() : null, !ownRowOnly);
    }

    private static String key(String kind, String code) {
        return kind + "/" + code;
    }
}
