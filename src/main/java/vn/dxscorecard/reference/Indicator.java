package vn.dxscorecard.reference;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One catalogue row. {@code targets} holds only the years whose target cell is filled; a
 * year column that exists but is empty means "not scored that year" (SPEC §4).
 */
public record Indicator(String code, String pillar, String nameVi, String nameEn, ValueUnit unit, Direction direction,
        Set<Kind> appliesTo, BigDecimal weight, BigDecimal worst, BigDecimal baseline, Map<Integer, BigDecimal> targets,
        String source) {

    public boolean appliesTo(Kind kind) {
        return appliesTo.contains(kind);
    }

    public Optional<BigDecimal> target(int year) {
        return Optional.ofNullable(targets.get(year));
    }

    public boolean isBoolean() {
        return unit == ValueUnit.BOOLEAN;
    }

    /**
     * A target is a placeholder until the ministry in charge publishes the official
     * figure.
     */
    public boolean targetAssumed() {
        return source != null && source.toLowerCase(Locale.ROOT).contains("assumed");
    }
}
