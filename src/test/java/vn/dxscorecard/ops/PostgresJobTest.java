package vn.dxscorecard.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dxscorecard.support.JobHarness;

/**
 * The same jar on PostgreSQL (SPEC §7): job repository and our tables by the per-vendor
 * migrations, and the same outputs as on H2. {@code .ci/run} starts a throw-away server
 * and sets {@code DX_TEST_POSTGRES_URL}.
 */
class PostgresJobTest {

    private static final String URL = System.getenv("DX_TEST_POSTGRES_URL");

    @TempDir
    Path h2Workspace;

    @TempDir
    Path pgWorkspace;

    /**
     * Skipped on a developer's machine without a server; under {@code CI=true} a missing
     * server is a failure, so CI cannot lose this check without anyone seeing it.
     */
    static void requireServer() {
        String why = "no PostgreSQL server (DX_TEST_POSTGRES_URL is not set; .ci/run starts one with"
                + " scripts/test-postgres.sh)";
        if (URL == null && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI=true but " + why);
        }
        assumeTrue(URL != null, "PostgreSQL test skipped: " + why);
    }

    @Test
    void theJobOnPostgresPublishesWhatItPublishesOnH2() throws Exception {
        requireServer();
        String url = freshDatabase();

        JobHarness h2 = new JobHarness(h2Workspace).withSample("2025-Q3", "2025-Q4");
        assertThat(h2.run("--period=2025-Q3")).isZero();
        assertThat(h2.run("--period=2025-Q4")).isZero();

        JobHarness pg = new JobHarness(pgWorkspace).withSample("2025-Q3", "2025-Q4");
        String[] onPostgres = { "--spring.datasource.url=" + url, "--spring.datasource.username=dx",
                "--spring.datasource.password=" };
        assertThat(pg.run(with(onPostgres, "--period=2025-Q3"))).isZero();
        assertThat(pg.run(with(onPostgres, "--period=2025-Q4"))).isZero();
        assertThat(pg.run(with(onPostgres, "--period=2025-Q4"))).as("already completed").isZero();
        assertThat(pg.data().resolve("dx-scorecard.mv.db")).as("nothing went to H2").doesNotExist();

        for (String file : new String[] { "rankings.csv", "scores.csv" }) {
            assertThat(Files.readAllBytes(pg.periodDir("2025-Q4").resolve(file))).as(file)
                .isEqualTo(Files.readAllBytes(h2.periodDir("2025-Q4").resolve(file)));
        }
        try (Connection c = DriverManager.getConnection(url);
                ResultSet rs = c.createStatement()
                    .executeQuery("SELECT COUNT(*) FROM batch_job_execution WHERE status = 'COMPLETED'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(2);
        }
    }

    /**
     * Two hosts, one database: while another session holds the run's advisory lock a
     * launch on another data folder (another host's) exits 3 and does nothing; once it is
     * released the launch runs.
     */
    @Test
    void aRunOnAnotherHostHoldsTheDatabaseLockAndThisLaunchExits3() throws Exception {
        requireServer();
        String url = freshDatabase();
        String[] onPostgres = { "--spring.datasource.url=" + url, "--spring.datasource.username=dx",
                "--spring.datasource.password=", "--period=2025-Q4" };
        JobHarness host = new JobHarness(pgWorkspace).withSample("2025-Q4");
        try (Connection otherHost = DriverManager.getConnection(url);
                PreparedStatement lock = otherHost.prepareStatement("SELECT pg_advisory_lock(?)")) {
            lock.setLong(1, DatabaseRunLock.KEY);
            lock.execute();
            assertThat(host.run(onPostgres)).isEqualTo(ExitCodes.LOCKED);
            assertThat(host.periodDir("2025-Q4")).as("nothing was done").doesNotExist();
        }
        assertThat(host.run(onPostgres)).as("the other session ended: its lock is gone").isZero();
        try (Connection c = DriverManager.getConnection(url);
                PreparedStatement held = c
                    .prepareStatement("SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND granted")) {
            ResultSet rs = held.executeQuery();
            rs.next();
            assertThat(rs.getInt(1)).as("the launch released its lock when it ended").isZero();
        }
    }

    /** A database of its own on the CI server: the URL to it. */
    private static String freshDatabase() throws SQLException {
        String database = "dx_" + Long.toHexString(System.nanoTime());
        try (Connection admin = DriverManager.getConnection(URL)) {
            admin.createStatement().execute("CREATE DATABASE " + database);
        }
        return URL.replaceFirst("/postgres\\?", "/" + database + "?");
    }

    private static String[] with(String[] base, String extra) {
        String[] all = Arrays.copyOf(base, base.length + 1);
        all[base.length] = extra;
        return all;
    }

}
