package vn.dxscorecard.intake;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.dxscorecard.feedback.RejectionRepository;
import vn.dxscorecard.shared.Period;

/**
 * The intake's rows of a period: files seen, raw rows of the chosen files, whole-file
 * rejections.
 */
@Repository
public class IntakeRepository {

    static final int BATCH = 1000;

    /**
     * Raw cells longer than this are cut: no valid code or number is anywhere near it.
     */
    static final int MAX_CELL = 1000;

    private final JdbcTemplate jdbc;

    private final RejectionRepository rejections;

    public IntakeRepository(JdbcTemplate jdbc, RejectionRepository rejections) {
        this.jdbc = jdbc;
        this.rejections = rejections;
    }

    void deletePeriod(Period period) {
        jdbc.update("DELETE FROM dx_period_input WHERE period = ?", period.toString());
        jdbc.update("DELETE FROM dx_raw_row WHERE period = ?", period.toString());
        jdbc.update("DELETE FROM dx_file WHERE period = ?", period.toString());
        rejections.delete(period, RejectionRepository.Stage.INTAKE);
    }

    void saveFiles(Period period, List<FileRecord> files) {
        List<Object[]> args = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            FileRecord f = files.get(i);
            args.add(new Object[] { period.toString(), i, f.fileName(), f.unitCode(), f.revision(), f.sha256(),
                    f.status().id(), String.valueOf(f.delimiter()), f.rowsRead(), f.messageVi(), f.messageEn() });
        }
        jdbc.batchUpdate("INSERT INTO dx_file (period, seq, file_name, unit_code, revision, sha256, status, delimiter,"
                + " rows_read, rows_accepted, rows_rejected, message_vi, message_en)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?)", args);
        rejections.save(period, RejectionRepository.Stage.INTAKE,
                files.stream().filter(f -> f.rejection() != null).map(FileRecord::rejection).toList());
    }

    void saveInputs(Period period, Fingerprint inputs) {
        jdbc.batchUpdate("INSERT INTO dx_period_input (period, file_name, content) VALUES (?, ?, ?)",
                List.copyOf(inputs.files().entrySet()), BATCH, (ps, e) -> {
                    ps.setString(1, period.toString());
                    ps.setString(2, e.getKey());
                    ps.setString(3, e.getValue());
                });
    }

    /** The period's files as its last intake found them. */
    public Fingerprint inputs(Period period) {
        Map<String, String> files = new HashMap<>();
        jdbc.query("SELECT file_name, content FROM dx_period_input WHERE period = ?", rs -> {
            files.put(rs.getString(1), rs.getString(2));
        }, period.toString());
        return new Fingerprint(files);
    }

    /** How many of the period's files its last intake accepted: the files used. */
    public long filesUsed(Period period) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM dx_file WHERE period = ? AND status = 'accepted'",
                Long.class, period.toString());
        return n == null ? 0 : n;
    }

    /**
     * Codes of the units whose file was accepted: they count as submitted, even if every
     * row is rejected.
     */
    public Set<String> submittedUnits(Period period) {
        return new HashSet<>(jdbc.queryForList("SELECT unit_code FROM dx_file WHERE period = ? AND status = 'accepted'",
                String.class, period.toString()));
    }

    public List<FileRecord> findFiles(Period period) {
        return jdbc.query("SELECT * FROM dx_file WHERE period = ? ORDER BY seq",
                (rs, i) -> new FileRecord(rs.getString("file_name"), rs.getString("unit_code"),
                        (Integer) rs.getObject("revision", Integer.class), rs.getString("sha256"),
                        FileStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)), rs.getLong("rows_read"),
                        rs.getLong("rows_accepted"), rs.getLong("rows_rejected"), rs.getString("delimiter").charAt(0),
                        rs.getString("message_vi"), rs.getString("message_en"), null),
                period.toString());
    }

    /**
     * Names of the files with staged rows, in name order (the order the validation reads
     * them in).
     */
    public List<String> stagedFiles(Period period) {
        return jdbc.queryForList("SELECT DISTINCT file_name FROM dx_raw_row WHERE period = ? ORDER BY file_name",
                String.class, period.toString());
    }

    /**
     * Up to {@code limit} staged rows of a file after a record number, in record order: a
     * seek on the key.
     */
    public List<RawRow> rawRows(Period period, String fileName, long afterRecord, int limit) {
        return jdbc.query(
                "SELECT * FROM dx_raw_row WHERE period = ? AND file_name = ? AND record_no > ?"
                        + " ORDER BY period, file_name, record_no FETCH FIRST ? ROWS ONLY",
                (rs, i) -> new RawRow(rs.getString("file_name"), rs.getString("file_unit_code"),
                        rs.getString("delimiter").charAt(0), rs.getLong("line_no"), rs.getLong("record_no"),
                        rs.getString("unit_code"), rs.getString("period_text"), rs.getString("indicator_code"),
                        rs.getString("value_text"), rs.getInt("field_count"), rs.getInt("header_size")),
                period.toString(), fileName, afterRecord, limit);
    }

    /**
     * Rows accepted and rejected per file, for files.csv and the scorecards' data-quality
     * section.
     */
    public void updateCounts(Period period, Map<String, RowCounts> counts) {
        jdbc.batchUpdate("UPDATE dx_file SET rows_accepted = ?, rows_rejected = ? WHERE period = ? AND file_name = ?",
                List.copyOf(counts.entrySet()), BATCH, (ps, e) -> {
                    ps.setLong(1, e.getValue().accepted());
                    ps.setLong(2, e.getValue().rejected());
                    ps.setString(3, period.toString());
                    ps.setString(4, e.getKey());
                });
    }

    /**
     * "file/INDICATOR" keys ({@link #indicatorKey}) of indicators that occur more than
     * once in a file: every occurrence is rejected, and only the whole file can tell.
     */
    public Set<String> duplicateIndicators(Period period) {
        // Grouped on the derived key itself: selecting an expression over grouped parts
        // fails on H2 as soon as a
        // group holds the same code in two spellings (DL_X and dl_x), which is exactly a
        // duplicate to report.
        return new HashSet<>(jdbc.queryForList("SELECT k FROM (SELECT file_name || '/' || UPPER(indicator_code) AS k"
                + " FROM dx_raw_row WHERE period = ? AND field_count = header_size) keys"
                + " GROUP BY k HAVING COUNT(*) > 1", String.class, period.toString()));
    }

    public static String indicatorKey(String fileName, String indicatorCode) {
        return fileName + "/" + indicatorCode.toUpperCase(Locale.ROOT);
    }

    /**
     * A sink that writes rows in JDBC batches; the caller's transaction makes the whole
     * intake atomic.
     */
    BatchedRowSink sink(Period period) {
        return new JdbcRowSink(period);
    }

    /** A sink holding rows not yet written; closing it writes them. */
    interface BatchedRowSink extends RowSink, AutoCloseable {

        @Override
        void close();

    }

    private final class JdbcRowSink implements BatchedRowSink {

        private final Period period;

        private final List<RawRow> pending = new ArrayList<>(BATCH);

        JdbcRowSink(Period period) {
            this.period = period;
        }

        @Override
        public void accept(RawRow row) {
            pending.add(row);
            if (pending.size() == BATCH) {
                flush();
            }
        }

        @Override
        public void discardFile(String fileName) {
            pending.removeIf(r -> r.fileName().equals(fileName));
            jdbc.update("DELETE FROM dx_raw_row WHERE period = ? AND file_name = ?", period.toString(), fileName);
        }

        @Override
        public void close() {
            flush();
        }

        private void flush() {
            if (pending.isEmpty()) {
                return;
            }
            jdbc.batchUpdate("INSERT INTO dx_raw_row (period, file_name, record_no, line_no, file_unit_code, delimiter,"
                    + " unit_code, period_text, indicator_code, value_text, field_count, header_size)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", pending, BATCH, this::bind);
            pending.clear();
        }

        private void bind(PreparedStatement ps, RawRow r) throws SQLException {
            ps.setString(1, period.toString());
            ps.setString(2, r.fileName());
            ps.setLong(3, r.record());
            ps.setLong(4, r.line());
            ps.setString(5, r.fileUnitCode());
            ps.setString(6, String.valueOf(r.delimiter()));
            ps.setString(7, cut(r.unitCode()));
            ps.setString(8, cut(r.period()));
            ps.setString(9, cut(r.indicatorCode()));
            ps.setString(10, cut(r.value()));
            ps.setInt(11, r.fieldCount());
            ps.setInt(12, r.headerSize());
        }

    }

    private static String cut(String cell) {
        return cell == null || cell.length() <= MAX_CELL ? cell : cell.substring(0, MAX_CELL);
    }

}
