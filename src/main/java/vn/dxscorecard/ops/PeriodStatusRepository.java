package vn.dxscorecard.ops;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.dxscorecard.reference.Catalogue;
import vn.dxscorecard.reference.Period;

/** Which periods have a complete, published result, and from which job execution. */
@Repository
public class PeriodStatusRepository {

    public record Completed(long jobExecutionId, Instant completedAt, String catalogueVersion) {
    }

    private final JdbcTemplate jdbc;

    public PeriodStatusRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Completed> completed(Period period) {
        return jdbc.query("SELECT job_execution_id, completed_at, catalogue_version FROM dx_period_status"
                + " WHERE period = ?", (rs, i) -> new Completed(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                        rs.getString(3)), period.toString()).stream().findFirst();
    }

    public void markCompleted(Period period, long jobExecutionId, Instant at, Catalogue catalogue) {
        jdbc.update("DELETE FROM dx_period_status WHERE period = ?", period.toString());
        jdbc.update("INSERT INTO dx_period_status (period, job_execution_id, completed_at, catalogue_version,"
                + " catalogue_sha256) VALUES (?, ?, ?, ?, ?)", period.toString(), jobExecutionId, Timestamp.from(at),
                catalogue.version(), catalogue.sha256());
    }
}
