package vn.dxscorecard.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
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

    @Test
    void theJobOnPostgresPublishesWhatItPublishesOnH2() throws Exception {
        assumeTrue(URL != null, "PostgreSQL test skipped: no server (DX_TEST_POSTGRES_URL is not set; "
                + ".ci/run starts one with scripts/test-postgres.sh)");
        String database = "dx_" + Long.toHexString(System.nanoTime());
        try (Connection admin = DriverManager.getConnection(URL)) {
            admin.createStatement().execute("CREATE DATABASE " + database);
        }
        String url = URL.replaceFirst("/postgres\\?", "/" + database + "?");

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

    private static String[] with(String[] base, String extra) {
        String[] all = Arrays.copyOf(base, base.length + 1);
        all[base.length] = extra;
        return all;
    }

}
