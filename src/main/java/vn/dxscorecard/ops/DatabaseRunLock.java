package vn.dxscorecard.ops;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/**
 * The run lock of a database several hosts share. {@link RunLock} is a lock of one
 * machine's data folder, so two cron hosts pointed at one PostgreSQL would both run; on
 * PostgreSQL the launch also holds a session advisory lock of its database for the whole
 * run. The server releases it when the session ends, a killed launch's too. H2 is one
 * host's file, which the file lock already covers.
 */
@Component
public class DatabaseRunLock {

    /**
     * The advisory lock's key: "dxscore" in ASCII, the same for every host of one
     * database.
     */
    public static final long KEY = 0x6478_7363_6f72_65L;

    /** The lock as held; closing it releases it. */
    public interface Held extends AutoCloseable {

        @Override
        void close() throws SQLException;

    }

    private static final Held NOT_NEEDED = () -> {
    };

    private final DataSource dataSource;

    DatabaseRunLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Held acquire() throws SQLException, RunLock.LockedException {
        Connection connection = dataSource.getConnection();
        try {
            if (!connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                connection.close();
                return NOT_NEEDED;
            }
            if (!call(connection, "SELECT pg_try_advisory_lock(?)")) {
                String database = connection.getCatalog();
                connection.close();
                throw new RunLock.LockedException("another run holds the lock of database " + database
                        + " (a PostgreSQL advisory lock: a launch on another host is running); nothing was done");
            }
        }
        catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        // The connection goes back to the pool afterwards: the lock must be released, not
        // left to the pooled session.
        return () -> {
            try (connection) {
                call(connection, "SELECT pg_advisory_unlock(?)");
            }
        };
    }

    private static boolean call(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, KEY);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

}
