package vn.dxscorecard.cycle;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.dxscorecard.shared.Period;

/** Which periods have a complete, published result, and from which job execution. */
@Repository
public class PublicationRepository {

    /**
     * The period's latest publication: its output folder holds exactly this run's files.
     */
    public record Publication(long jobExecutionId, Instant publishedAt, String catalogueVersion) {
    }

    private final JdbcTemplate jdbc;

    PublicationRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Publication> latest(Period period) {
        return jdbc
            .query("SELECT job_execution_id, completed_at, catalogue_version FROM dx_period_status"
                    + " WHERE period = ?",
                    (rs, i) -> new Publication(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3)),
                    period.toString())
            .stream()
            .findFirst();
    }

    void record(Period period, long jobExecutionId, Instant at, String catalogueVersion, String catalogueSha256) {
        jdbc.update("DELETE FROM dx_period_status WHERE period = ?", period.toString());
        jdbc.update(
                "INSERT INTO dx_period_status (period, job_execution_id, completed_at, catalogue_version,"
                        + " catalogue_sha256) VALUES (?, ?, ?, ?, ?)",
                period.toString(), jobExecutionId, Timestamp.from(at), catalogueVersion, catalogueSha256);
    }

}
