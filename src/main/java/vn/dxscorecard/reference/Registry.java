package vn.dxscorecard.reference;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every reporting unit with its validity, plus the always-valid national unit {@code QG}
 * (SPEC §2, §4).
 */
public final class Registry {

    public static final RegistryUnit NATIONAL = new RegistryUnit(RegistryUnit.NATIONAL_CODE, "Quốc gia", Kind.NATIONAL,
            LocalDate.of(1945, 9, 2), null, null);

    private static final Comparator<RegistryUnit> ORDER = Comparator.comparing(RegistryUnit::kind)
        .thenComparing(RegistryUnit::code);

    private final List<RegistryUnit> units;

    /** Rows by code: a code has one row, or two across the 2025 merger. */
    private final Map<String, List<RegistryUnit>> byCode;

    /**
     * Rows by the code of their successor: predecessors are looked up per unit, and a
     * scan per unit is quadratic.
     */
    private final Map<String, List<RegistryUnit>> bySuccessor;

    /** The SHA-256 of the registry's files, as an edition's inputs name it (SPEC §8). */
    private final String sha256;

    public Registry(List<RegistryUnit> units) {
        this(units, "");
    }

    public Registry(List<RegistryUnit> units, String sha256) {
        this.sha256 = sha256;
        this.units = units.stream().sorted(ORDER.thenComparing(RegistryUnit::validFrom)).toList();
        this.byCode = this.units.stream().collect(Collectors.groupingBy(RegistryUnit::code));
        this.bySuccessor = this.units.stream()
            .filter(u -> u.successorCode() != null)
            .collect(Collectors.groupingBy(RegistryUnit::successorCode));
    }

    public String sha256() {
        return sha256;
    }

    /**
     * Units that report for a period ending on {@code day}: provinces, then ministries,
     * then {@code QG}.
     */
    public List<RegistryUnit> validOn(LocalDate day) {
        return units.stream().filter(u -> u.validOn(day)).toList();
    }

    public Optional<RegistryUnit> find(String code, LocalDate day) {
        return byCode.getOrDefault(code, List.of()).stream().filter(u -> u.validOn(day)).findFirst();
    }

    /**
     * Every row that ever carried this code, newest first; for messages about a code that
     * is no longer valid.
     */
    public List<RegistryUnit> history(String code) {
        return byCode.getOrDefault(code, List.of())
            .stream()
            .sorted(Comparator.comparing(RegistryUnit::validFrom).reversed())
            .toList();
    }

    /**
     * SPEC §5: the registry rows valid on the previous quarter's last day that are the
     * unit's own row, or that ended before this quarter's last day naming the unit's code
     * as successor.
     */
    public List<RegistryUnit> predecessors(RegistryUnit unit, LocalDate previousLastDay, LocalDate lastDay) {
        return Stream
            .concat(byCode.getOrDefault(unit.code(), List.of()).stream(),
                    bySuccessor.getOrDefault(unit.code(), List.of()).stream())
            .distinct()
            .filter(u -> u.kind() == unit.kind() && u.validOn(previousLastDay))
            .filter(u -> u.sameRow(unit)
                    || (u.validTo() != null && u.validTo().isBefore(lastDay) && unit.code().equals(u.successorCode())))
            .sorted(ORDER.thenComparing(RegistryUnit::validFrom))
            .toList();
    }

}
