package vn.dxscorecard.reference;

import java.time.LocalDate;

/**
 * One row of the unit registry. Codes are reused across the 2025 merger, so a unit is a
 * (code, validFrom) pair, never a code alone (SPEC §2). {@code validTo} and
 * {@code successorCode} are null while the unit is current.
 */
public record RegistryUnit(String code, String nameVi, Kind kind, LocalDate validFrom, LocalDate validTo,
        String successorCode) {

    public static final String NATIONAL_CODE = "QG";

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public boolean sameRow(RegistryUnit other) {
        return code.equals(other.code) && validFrom.equals(other.validFrom) && kind == other.kind;
    }

    public boolean isNational() {
        return kind == Kind.NATIONAL;
    }
}
