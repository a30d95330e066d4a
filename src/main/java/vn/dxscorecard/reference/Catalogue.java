package vn.dxscorecard.reference;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Pillars (in display order) and indicators (in catalogue order) with their yearly
 * targets. The set of years comes from the {@code target_YYYY} columns, so adding a
 * column adds a year without a code change. Immutable; lookups by code are indexed once,
 * since validation asks for every row.
 */
public final class Catalogue {

    private final String version;

    private final String sha256;

    private final List<Pillar> pillars;

    private final List<Indicator> indicators;

    private final SortedSet<Integer> years;

    private final Map<String, Indicator> byCode;

    public Catalogue(String version, String sha256, List<Pillar> pillars, List<Indicator> indicators,
            SortedSet<Integer> years) {
        this.version = version;
        this.sha256 = sha256;
        this.pillars = List.copyOf(pillars);
        this.indicators = List.copyOf(indicators);
        this.years = Collections.unmodifiableSortedSet(new TreeSet<>(years));
        this.byCode = this.indicators.stream()
            .collect(Collectors.toUnmodifiableMap(Indicator::code, Function.identity()));
    }

    public String version() {
        return version;
    }

    public String sha256() {
        return sha256;
    }

    public List<Pillar> pillars() {
        return pillars;
    }

    public List<Indicator> indicators() {
        return indicators;
    }

    public SortedSet<Integer> years() {
        return years;
    }

    public boolean hasYear(int year) {
        return years.contains(year);
    }

    public Optional<Indicator> indicator(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public Map<String, Indicator> indicatorsByCode() {
        return byCode;
    }

    public List<Indicator> indicatorsOf(Pillar pillar) {
        return indicators.stream().filter(i -> i.pillar().equals(pillar.code())).toList();
    }

    public List<Indicator> applicableTo(Kind kind) {
        return indicators.stream().filter(i -> i.appliesTo(kind)).toList();
    }

}
