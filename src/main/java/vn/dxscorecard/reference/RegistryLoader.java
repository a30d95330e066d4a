package vn.dxscorecard.reference;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import vn.dxscorecard.shared.Sha256;

/**
 * Loads {@code provinces.csv} and {@code ministries.csv} and checks that the registry is
 * coherent.
 */
final class RegistryLoader {

    static final String PROVINCES = "provinces.csv";
    static final String MINISTRIES = "ministries.csv";

    private static final Set<String> PROVINCE_KINDS = Set.of("province", "municipality");

    private static final Set<String> MINISTRY_KINDS = Set.of("ministry", "ministerial_agency");

    private static final List<String> COLUMNS = List.of("code", "name_vi", "kind", "valid_from", "valid_to",
            "successor_code");

    private RegistryLoader() {
    }

    static Registry load(ReferenceSource source) {
        List<RegistryUnit> units = new ArrayList<>();
        List<ReferenceCsv.Row> rows = new ArrayList<>();
        read(source, PROVINCES, Kind.PROVINCE, PROVINCE_KINDS, units, rows);
        read(source, MINISTRIES, Kind.MINISTRY, MINISTRY_KINDS, units, rows);
        check(units, rows);
        units.add(Registry.NATIONAL);
        return new Registry(units, Sha256.of(source.readAll(PROVINCES), source.readAll(MINISTRIES)));
    }

    private static void read(ReferenceSource source, String file, Kind kind, Set<String> rawKinds,
            List<RegistryUnit> units, List<ReferenceCsv.Row> rows) {
        for (ReferenceCsv.Row row : ReferenceCsv.read(source, file, COLUMNS).rows()) {
            String code = row.get("code").toUpperCase(Locale.ROOT);
            if (!code.matches("[A-Z0-9]+") || code.equals(RegistryUnit.NATIONAL_CODE)) {
                throw row.error("unit code '" + row.get("code") + "' must be letters and digits, and not "
                        + RegistryUnit.NATIONAL_CODE);
            }
            if (!rawKinds.contains(row.get("kind"))) {
                throw row
                    .error("unit " + code + ": unknown kind '" + row.get("kind") + "', expected one of " + rawKinds);
            }
            LocalDate from = date(row, "valid_from", true);
            LocalDate to = date(row, "valid_to", false);
            if (to != null && to.isBefore(from)) {
                throw row.error("unit " + code + ": valid_to is before valid_from");
            }
            String successor = row.get("successor_code").toUpperCase(Locale.ROOT);
            units.add(
                    new RegistryUnit(code, row.get("name_vi"), kind, from, to, successor.isEmpty() ? null : successor));
            rows.add(row);
        }
    }

    private static void check(List<RegistryUnit> units, List<ReferenceCsv.Row> rows) {
        for (int i = 0; i < units.size(); i++) {
            RegistryUnit unit = units.get(i);
            for (int j = 0; j < i; j++) {
                RegistryUnit other = units.get(j);
                if (other.code().equals(unit.code()) && overlap(unit, other)) {
                    throw rows.get(i)
                        .error("unit " + unit.code() + ": validity overlaps the row at line " + rows.get(j).line());
                }
            }
            if (unit.successorCode() != null && units.stream()
                .noneMatch(u -> u.kind() == unit.kind() && u.code().equals(unit.successorCode()))) {
                throw rows.get(i)
                    .error("unit " + unit.code() + ": successor '" + unit.successorCode() + "' is not in the registry");
            }
        }
    }

    private static boolean overlap(RegistryUnit a, RegistryUnit b) {
        LocalDate aEnd = a.validTo() == null ? LocalDate.MAX : a.validTo();
        LocalDate bEnd = b.validTo() == null ? LocalDate.MAX : b.validTo();
        return !a.validFrom().isAfter(bEnd) && !b.validFrom().isAfter(aEnd);
    }

    private static LocalDate date(ReferenceCsv.Row row, String column, boolean required) {
        String text = row.get(column);
        if (text.isEmpty()) {
            if (required) {
                throw row.error("column '" + column + "' is empty");
            }
            return null;
        }
        try {
            return LocalDate.parse(text);
        }
        catch (DateTimeParseException e) {
            throw row.error("column '" + column + "' is not a date (YYYY-MM-DD): '" + text + "'");
        }
    }

}
