package vn.dxscorecard.feedback;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.stereotype.Repository;

import vn.dxscorecard.shared.Period;

/**
 * Every rejection of a period, file-level (intake) and row-level (validation), each stage
 * replaced on its own.
 */
@Repository
public class RejectionRepository {

    public enum Stage {

        INTAKE, VALIDATION;

        String id() {
            return name().toLowerCase(Locale.ROOT);
        }

    }

    /**
     * File-level first (no line), then by position, as the sender reads the file: the
     * file index's order, so the database reads it from the index instead of sorting a
     * million rows (the leading {@code period} lets H2 see that). Within a file a line
     * has at most one rejection per column, so the order is total.
     */
    private static final String REPORT_ORDER = "period, file_name, line_no NULLS FIRST, column_name";

    private static final int FETCH_SIZE = 1000;

    private final JdbcTemplate jdbc;

    public RejectionRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void delete(Period period, Stage stage) {
        jdbc.update("DELETE FROM dx_rejection WHERE period = ? AND stage = ?", period.toString(), stage.id());
    }

    public void save(Period period, Stage stage, List<Rejection> rejections) {
        jdbc.batchUpdate("INSERT INTO dx_rejection (period, stage, file_name, unit_code, line_no, record_no,"
                + " column_name, value_text, error_code, message_vi, message_en)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rejections, 1000, (ps, r) -> {
                    ps.setString(1, period.toString());
                    ps.setString(2, stage.id());
                    ps.setString(3, r.fileName());
                    ps.setString(4, r.unitCode());
                    ps.setObject(5, r.line());
                    ps.setObject(6, r.record());
                    ps.setString(7, r.column());
                    ps.setString(8, r.value());
                    ps.setString(9, r.code().name());
                    ps.setString(10, r.messageVi());
                    ps.setString(11, r.messageEn());
                });
    }

    /**
     * Every rejection of the period in report order, streamed: a period can have
     * millions.
     */
    public void forEach(Period period, Consumer<Rejection> action) {
        stream("SELECT * FROM dx_rejection WHERE period = ? ORDER BY " + REPORT_ORDER, action, period.toString());
    }

    /** One file's rejections in report order, streamed. */
    public void forEachOfFile(Period period, String fileName, Consumer<Rejection> action) {
        stream("SELECT * FROM dx_rejection WHERE period = ? AND file_name = ? ORDER BY " + REPORT_ORDER, action,
                period.toString(), fileName);
    }

    /**
     * Hands rows over as the database produces them. H2 materialises a whole result
     * unless the session asks for lazy execution, which is switched on for this read
     * alone: lazy results held open while other connections write are where H2 is
     * fragile, and the reports only read. PostgreSQL streams with a fetch size inside the
     * publish step's transaction.
     */
    private void stream(String sql, Consumer<Rejection> action, Object... args) {
        jdbc.execute((ConnectionCallback<Void>) con -> {
            boolean h2 = con.getMetaData().getDatabaseProductName().startsWith("H2");
            if (h2) {
                lazy(con, true);
            }
            try (PreparedStatement ps = con.prepareStatement(sql)) {
                ps.setFetchSize(FETCH_SIZE);
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        action.accept(map(rs));
                    }
                }
            }
            finally {
                if (h2) {
                    lazy(con, false);
                }
            }
            return null;
        });
    }

    private static void lazy(Connection con, boolean on) throws SQLException {
        try (Statement statement = con.createStatement()) {
            statement.execute("SET LAZY_QUERY_EXECUTION " + (on ? "TRUE" : "FALSE"));
        }
    }

    private static Rejection map(ResultSet rs) throws SQLException {
        return new Rejection(rs.getString("file_name"), rs.getString("unit_code"),
                (Long) rs.getObject("line_no", Long.class), (Long) rs.getObject("record_no", Long.class),
                rs.getString("column_name"), rs.getString("value_text"), ErrorCode.valueOf(rs.getString("error_code")),
                rs.getString("message_vi"), rs.getString("message_en"));
    }

}
