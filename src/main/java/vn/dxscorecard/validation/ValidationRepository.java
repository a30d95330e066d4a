package vn.dxscorecard.validation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.dxscorecard.reference.Period;

/** Accepted values of a period, and the per-file counts that the validation step leaves in {@code dx_file}. */
@Repository
public class ValidationRepository {

    private final JdbcTemplate jdbc;

    public ValidationRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void deleteValues(Period period) {
        jdbc.update("DELETE FROM dx_value WHERE period = ?", period.toString());
    }

    public void saveValues(Period period, List<AcceptedValue> values) {
        jdbc.batchUpdate("INSERT INTO dx_value (period, unit_code, indicator_code, value_text, file_name, line_no)"
                + " VALUES (?, ?, ?, ?, ?, ?)", values, 1000, (ps, v) -> {
                    ps.setString(1, period.toString());
                    ps.setString(2, v.unitCode());
                    ps.setString(3, v.indicatorCode());
                    ps.setString(4, v.value() == null ? null : v.value().toPlainString());
                    ps.setString(5, v.fileName());
                    ps.setLong(6, v.line());
                });
    }

    /** A unit's accepted values by indicator code; a null value was reported empty. */
    public Map<String, BigDecimal> values(Period period, String unitCode) {
        Map<String, BigDecimal> values = new HashMap<>();
        jdbc.query("SELECT indicator_code, value_text FROM dx_value WHERE period = ? AND unit_code = ?", rs -> {
            String text = rs.getString(2);
            values.put(rs.getString(1), text == null ? null : new BigDecimal(text));
        }, period.toString(), unitCode);
        return values;
    }

    /** "file/INDICATOR" keys of indicators that occur more than once in a file; every occurrence is rejected. */
    public Set<String> duplicateIndicators(Period period) {
        // Grouped on the derived key itself: selecting an expression over grouped parts fails on H2 as soon as a
        // group holds the same code in two spellings (DL_X and dl_x), which is exactly a duplicate to report.
        return new HashSet<>(jdbc.queryForList("SELECT k FROM (SELECT file_name || '/' || UPPER(indicator_code) AS k"
                + " FROM dx_raw_row WHERE period = ? AND field_count = header_size) keys"
                + " GROUP BY k HAVING COUNT(*) > 1", String.class, period.toString()));
    }

    public static String duplicateKey(String fileName, String indicatorCode) {
        return fileName + "/" + indicatorCode.toUpperCase(java.util.Locale.ROOT);
    }

    /** Rows accepted and rejected per file, for files.csv and the scorecards' data-quality section. */
    public void updateFileCounts(Period period, Map<String, ValidationWriter.FileCounts> counts) {
        jdbc.batchUpdate("UPDATE dx_file SET rows_accepted = ?, rows_rejected = ? WHERE period = ? AND file_name = ?",
                List.copyOf(counts.entrySet()), 1000, (ps, e) -> {
                    ps.setLong(1, e.getValue().accepted());
                    ps.setLong(2, e.getValue().rejected());
                    ps.setString(3, period.toString());
                    ps.setString(4, e.getKey());
                });
    }
}
