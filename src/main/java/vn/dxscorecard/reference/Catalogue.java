package vn.dxscorecard.reference;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Pillars (in display order) and indicators (in catalogue order) with their yearly targets. The set of years comes
 * from the {@code target_YYYY} columns, so adding a column adds a year without a code change.
 */
public record Catalogue(String version, String sha256, List<Pillar> pillars, List<Indicator> indicators,
        SortedSet<Integer> years) {

    public Catalogue {
        pillars = List.copyOf(pillars);
        indicators = List.copyOf(indicators);
    }

    public boolean hasYear(int year) {
        return years.contains(year);
    }

    public Optional<Indicator> indicator(String code) {
        return Optional.ofNullable(indicatorsByCode().get(code));
    }

    public Map<String, Indicator> indicatorsByCode() {
        return indicators.stream().collect(Collectors.toUnmodifiableMap(Indicator::code, Function.identity()));
    }

    public List<Indicator> indicatorsOf(Pillar pillar) {
        return indicators.stream().filter(i -> i.pillar().equals(pillar.code())).toList();
    }

    public List<Indicator> applicableTo(Kind kind) {
        return indicators.stream().filter(i -> i.appliesTo(kind)).toList();
    }
}
