package vn.dxscorecard.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.dxscorecard.shared.Period;

/**
 * The outbox (SPEC §9): every message ever planned, with its rendered source, and the
 * files receipts have told their senders about.
 */
@Repository
class OutboxRepository {

    /** What a server may say is kept in full up to this; the rest is cut. */
    static final int MAX_REPLY = 500;

    private static final String COLUMNS = "message_key, period, kind, unit_code, recipient, edition, status,"
            + " attempts, last_reply, sent_at";

    private final JdbcTemplate jdbc;

    OutboxRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a planned message unless its key is already there (sent or not).
     * @return whether it was new
     */
    boolean plan(MessageKey key, String messageId, String source, Instant plannedAt) {
        Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM dx_outbox WHERE message_key = ?", Integer.class,
                key.id());
        if (existing != null && existing > 0) {
            return false;
        }
        jdbc.update(
                "INSERT INTO dx_outbox (message_key, message_id, period, kind, unit_code, recipient, edition, status,"
                        + " attempts, planned_at, size_bytes, source)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?, ?)",
                key.id(), messageId, key.period().toString(), key.kind().id(), key.unitCode(), key.recipient(),
                key.edition(), Timestamp.from(plannedAt), source.length(), source);
        return true;
    }

    /** Keys of the messages to try now in {@code mode}, oldest first. */
    List<String> due(DeliveryMode mode) {
        return jdbc.queryForList("SELECT message_key FROM dx_outbox WHERE status IN (" + marks(mode)
                + ") ORDER BY planned_at, message_key", String.class, statuses(mode));
    }

    /** The messages still to deliver in {@code mode}, oldest first. */
    List<OutboxEntry> waiting(DeliveryMode mode) {
        return jdbc.query("SELECT " + COLUMNS + " FROM dx_outbox WHERE status IN (" + marks(mode)
                + ") ORDER BY planned_at, message_key", (rs, i) -> entry(rs), statuses(mode));
    }

    /** Whether any message of the outbox is {@code key} to the same mailbox. */
    boolean planned(MessageKey key) {
        return !jdbc
            .queryForList("SELECT recipient FROM dx_outbox WHERE message_key LIKE ? ESCAPE '!'", String.class,
                    like(key.group()) + "/%")
            .stream()
            .filter(recipient -> Mailbox.same(recipient, key.recipient()))
            .toList()
            .isEmpty();
    }

    /** The rendered source of a stored message. */
    Optional<String> source(String key) {
        return jdbc.queryForList("SELECT source FROM dx_outbox WHERE message_key = ?", String.class, key)
            .stream()
            .findFirst();
    }

    /** When the oldest message still to deliver in {@code mode} was planned. */
    Optional<Instant> waitingSince(DeliveryMode mode) {
        return Optional
            .ofNullable(
                    jdbc.queryForObject("SELECT MIN(planned_at) FROM dx_outbox WHERE status IN (" + marks(mode) + ")",
                            Timestamp.class, statuses(mode)))
            .map(Timestamp::toInstant);
    }

    /** Marks a message that will never be sent, with why. */
    void withdraw(String key, String why) {
        jdbc.update("UPDATE dx_outbox SET status = 'withdrawn', last_reply = ? WHERE message_key = ?", cut(why), key);
    }

    /** One parameter mark per status still to deliver in {@code mode}. */
    private static String marks(DeliveryMode mode) {
        return String.join(", ", Collections.nCopies(mode.waiting().size(), "?"));
    }

    private static Object[] statuses(DeliveryMode mode) {
        return mode.waiting().stream().map(OutboxStatus::id).toArray();
    }

    private static String like(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    record Stored(OutboxEntry entry, long sizeBytes, String source) {
    }

    Optional<Stored> find(String key) {
        return jdbc
            .query("SELECT " + COLUMNS + ", size_bytes, source FROM dx_outbox WHERE message_key = ?",
                    (rs, i) -> new Stored(entry(rs), rs.getLong("size_bytes"), rs.getString("source")), key)
            .stream()
            .findFirst();
    }

    /** One more attempt of {@code key}, ended as {@code status}. */
    void attempted(String key, OutboxStatus status, String reply, Instant at, long jobExecutionId) {
        jdbc.update(
                "UPDATE dx_outbox SET status = ?, attempts = attempts + 1, last_reply = ?, sent_at = ?,"
                        + " job_execution_id = ? WHERE message_key = ?",
                status.id(), cut(reply), status.delivered() ? Timestamp.from(at) : null, jobExecutionId, key);
    }

    List<OutboxEntry> of(Period period) {
        return jdbc.query("SELECT " + COLUMNS + " FROM dx_outbox WHERE period = ? ORDER BY planned_at, message_key",
                (rs, i) -> entry(rs), period.toString());
    }

    List<Period> periods() {
        return jdbc.queryForList("SELECT DISTINCT period FROM dx_outbox ORDER BY period", String.class)
            .stream()
            .map(Period::of)
            .toList();
    }

    long pending(DeliveryMode mode) {
        return count("SELECT COUNT(*) FROM dx_outbox WHERE status IN (" + marks(mode) + ")", statuses(mode));
    }

    long failedBy(long jobExecutionId) {
        return count("SELECT COUNT(*) FROM dx_outbox WHERE status = 'failed' AND job_execution_id = ?", jobExecutionId);
    }

    long deliveredBy(long jobExecutionId) {
        return count("SELECT COUNT(*) FROM dx_outbox WHERE status IN ('sent', 'written') AND job_execution_id = ?",
                jobExecutionId);
    }

    /** The files of the period a receipt has covered. */
    Set<Receipts.Covered> receipted(Period period) {
        return new HashSet<>(jdbc.query("SELECT file_name, content FROM dx_receipted_file WHERE period = ?",
                (rs, i) -> new Receipts.Covered(rs.getString(1), rs.getString(2)), period.toString()));
    }

    void receipted(Period period, Receipts.Covered file) {
        jdbc.update("DELETE FROM dx_receipted_file WHERE period = ? AND file_name = ? AND content = ?",
                period.toString(), file.fileName(), file.content());
        jdbc.update("INSERT INTO dx_receipted_file (period, file_name, content) VALUES (?, ?, ?)", period.toString(),
                file.fileName(), file.content());
    }

    private long count(String sql, Object... arguments) {
        Long n = jdbc.queryForObject(sql, Long.class, arguments);
        return n == null ? 0 : n;
    }

    private static OutboxEntry entry(ResultSet rs) throws SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        return new OutboxEntry(rs.getString("message_key"), Period.of(rs.getString("period")),
                MessageKind.fromId(rs.getString("kind")), rs.getString("unit_code"), rs.getString("recipient"),
                rs.getInt("edition"), OutboxStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
                rs.getInt("attempts"), rs.getString("last_reply"), sent == null ? null : sent.toInstant());
    }

    private static String cut(String reply) {
        if (reply == null) {
            return null;
        }
        String line = reply.replaceAll("\\p{Cntrl}+", " ").strip();
        return line.length() > MAX_REPLY ? line.substring(0, MAX_REPLY - 1) + "…" : line;
    }

}
