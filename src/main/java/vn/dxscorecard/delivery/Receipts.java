package vn.dxscorecard.delivery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import vn.dxscorecard.shared.Period;

/**
 * Which files of a period a receipt has not covered yet (SPEC §9): a file is receipted
 * once per content, whether the edition read it or it came after the final one. Both the
 * edition's receipts and the receipts of late files ask here, and what they take is
 * recorded in the same transaction as the messages planned for it.
 */
final class Receipts {

    /**
     * A file as a receipt covers it: its name and its content (SHA-256, or what it is).
     */
    record Covered(String fileName, String content) {
    }

    private Receipts() {
    }

    /**
     * The files no receipt has covered, by the unit they belong to (files of no unit are
     * left out), recorded as covered.
     */
    static <F> Map<String, List<F>> firstTimeByUnit(OutboxRepository repository, Period period, List<F> files,
            Function<F, String> unit, Function<F, Covered> covered) {
        Set<Covered> done = repository.receipted(period);
        Map<String, List<F>> byUnit = new LinkedHashMap<>();
        for (F file : files) {
            Covered key = covered.apply(file);
            if (unit.apply(file) != null && !done.contains(key)) {
                byUnit.computeIfAbsent(unit.apply(file), k -> new ArrayList<>()).add(file);
                repository.receipted(period, key);
            }
        }
        return byUnit;
    }

}
