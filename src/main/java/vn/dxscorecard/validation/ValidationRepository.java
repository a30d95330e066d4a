package vn.dxscorecard.validation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.dxscorecard.shared.Period;

/**
 * The accepted values of a period: what scoring reads, and nothing that a rejected row
 * could have put there.
 */
@Repository
public class ValidationRepository {

    private final JdbcTemplate jdbc;

    public ValidationRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void deleteValues(Period period) {
        jdbc.update("DELETE FROM dx_value WHERE period = ?", period.toString());
    }

    void saveValues(Period period, List<AcceptedValue> values) {
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

}
