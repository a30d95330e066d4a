package vn.dxscorecard.cycle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.dxscorecard.shared.Period;

/** Every edition ever published, per period (SPEC §8). */
@Repository
public class EditionRepository {

    private static final String COLUMNS = "period, edition, status, published_at, job_execution_id,"
            + " inputs_fingerprint, files_used, manifest_sha256, files_fingerprint, catalogue_version,"
            + " catalogue_sha256, registry_sha256";

    private final JdbcTemplate jdbc;

    EditionRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The period's latest edition: its output folder holds exactly that edition's files.
     */
    public Optional<Edition> latest(Period period) {
        List<Edition> all = all(period);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.getLast());
    }

    /** The period's editions, oldest first. */
    public List<Edition> all(Period period) {
        return jdbc.query("SELECT " + COLUMNS + " FROM dx_edition WHERE period = ? ORDER BY edition",
                (rs, i) -> edition(rs), period.toString());
    }

    /** Every period with an edition, oldest first. */
    public List<Period> publishedPeriods() {
        return jdbc.queryForList("SELECT DISTINCT period FROM dx_edition", String.class)
            .stream()
            .map(Period::of)
            .sorted()
            .toList();
    }

    /**
     * Periods before {@code period} whose latest edition is provisional, oldest first.
     */
    public List<Period> provisionalBefore(Period period) {
        return jdbc
            .queryForList("SELECT e.period FROM dx_edition e WHERE e.period < ? AND e.status = 'provisional'"
                    + " AND e.edition = (SELECT MAX(x.edition) FROM dx_edition x WHERE x.period = e.period)"
                    + " ORDER BY e.period", String.class, period.toString())
            .stream()
            .map(Period::of)
            .toList();
    }

    void record(Edition edition) {
        jdbc.update("DELETE FROM dx_edition WHERE period = ? AND edition = ?", edition.period().toString(),
                edition.number());
        Edition.Inputs inputs = edition.inputs();
        jdbc.update("INSERT INTO dx_edition (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                edition.period().toString(), edition.number(), edition.status().id(),
                Timestamp.from(edition.publishedAt()), edition.jobExecutionId(), edition.inputsFingerprint(),
                edition.filesUsed(), edition.manifestSha256(), inputs.filesFingerprint(), inputs.catalogueVersion(),
                inputs.catalogueSha256(), inputs.registrySha256());
    }

    private static Edition edition(ResultSet rs) throws SQLException {
        return new Edition(Period.of(rs.getString(1)), rs.getInt(2), EditionStatus.fromId(rs.getString(3)),
                rs.getTimestamp(4).toInstant(), rs.getLong(5), rs.getString(6), rs.getLong(7), rs.getString(8),
                new Edition.Inputs(rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12)));
    }

}
