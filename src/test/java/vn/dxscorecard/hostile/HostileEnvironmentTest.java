package vn.dxscorecard.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.dxscorecard.ops.ExitCodes;
import vn.dxscorecard.support.JobHarness;
import vn.dxscorecard.support.JobProcess;

/**
 * An unlucky machine rather than a hostile sender: an output folder that cannot be
 * written, a full disk, a first run killed while it creates the database, a signal before
 * the job starts, a damaged database file, a bad catalogue. Each gets its exit code (SPEC
 * §7), one clear line instead of a stack trace, and the next launch, once the cause is
 * gone, ends as one clean run would.
 */
class HostileEnvironmentTest {

    private static final String PERIOD = "--period=2025-Q4";

    private static final String CLOCK = "--dx.clock=2026-01-05T08:00:00+07:00";

    @TempDir
    static Path cleanWorkspace;

    static Map<String, Map<String, String>> clean;

    @TempDir
    Path root;

    @BeforeAll
    static void cleanRun() throws IOException {
        JobHarness job = new JobHarness(cleanWorkspace).withSample("2025-Q4");
        assertThat(job.run(PERIOD, CLOCK)).isZero();
        clean = HostileFolderTest.byUnit(job);
    }

    @Test
    void aReadOnlyOutputFailsWithExit1AndTheRelaunchCompletes() throws Exception {
        assumeTrue(HostileFolderTest.canMount(), "needs a mount namespace of its own (unshare -m)");
        JobHarness job = new JobHarness(root).withSample("2025-Q4");
        Files.createDirectories(job.output());
        JobProcess readOnly = JobProcess.start(job, JobProcess.Launch.PLAIN.inOwnMounts("mount --bind '" + job.output()
                + "' '" + job.output() + "' && mount -o remount,bind,ro '" + job.output() + "'"), PERIOD, CLOCK);
        assertThat(readOnly.waitForExit()).as(readOnly.output()).isEqualTo(ExitCodes.FAILED);
        Console.assertClean(readOnly.output());
        assertThat(readOnly.output()).contains("Read-only file system");

        JobHarness.Logged again = job.runLogged(PERIOD, CLOCK);
        assertThat(again.code()).as(again.log()).isZero();
        assertThat(HostileFolderTest.byUnit(job)).isEqualTo(clean);
    }

    @Test
    void aFullDiskFailsWithExit1AndTheRelaunchEqualsACleanRun() throws Exception {
        JobHarness job = new JobHarness(root).withSample("2025-Q4");
        // No file may grow past 300 KB: the database does, mid-run, as on a disk that
        // fills up.
        JobProcess full = JobProcess.start(job, JobProcess.Launch.PLAIN.after("ulimit -f 300"), PERIOD, CLOCK);
        assertThat(full.waitForExit()).as(full.output()).isEqualTo(ExitCodes.FAILED);
        Console.assertClean(full.output());
        // the console names what ran out: the log file, on that same disk, may have
        // nothing
        assertThat(full.output()).contains("the database in " + job.data() + " cannot be written (File too large)");

        JobHarness.Logged again = job.runLogged(PERIOD, CLOCK);
        assertThat(again.code()).as(again.log()).isZero();
        assertThat(HostileFolderTest.byUnit(job)).isEqualTo(clean);
    }

    @Test
    void aFullOutputDiskNamesTheFileAndTheSummaryCountsNothingUnpublished() throws Exception {
        assumeTrue(HostileFolderTest.canMount(), "needs a mount namespace of its own (unshare -m)");
        JobHarness job = new JobHarness(root).withSample("2025-Q4");
        Path saved = Files.createDirectories(root.resolve("saved/output"));
        Files.createDirectories(job.output());
        // Both launches in one mount namespace, on a disk of 1 MB for the outputs (the
        // first scorecards fit, the rest do not), grown to 64 MB before the second;
        // what the second published is copied out before the disk goes with the
        // namespace.
        String out = "'" + job.output() + "'";
        String script = "mount -t tmpfs -o size=1m tmpfs " + out + " && { \"$@\"; echo \"first exit $?\";"
                + " mount -o remount,size=64m " + out + " && \"$@\"; echo \"second exit $?\"; cp -a " + out + "/. '"
                + saved + "'; }";
        JobProcess both = JobProcess.start(job,
                new JobProcess.Launch(List.of("unshare", "-m", "sh", "-c", script, "sh"), Map.of()), PERIOD, CLOCK);
        both.waitForExit();
        String console = both.output();
        String first = console.substring(0, console.indexOf("first exit"));
        Console.assertClean(first);
        assertThat(console).contains("first exit 1", "second exit 0");
        assertThat(first)
            .containsPattern("FileSystemException: " + job.periodDir("2025-Q4")
                    + "/[^:]+\\.pdf: cannot write: No space left on device")
            .contains("PDFs published 0 (no complete publication: no manifest.json)");
        assertThat(HostileFolderTest.byUnit(new JobHarness(root.resolve("saved")))).isEqualTo(clean);
    }

    /**
     * What a first run killed while it creates the schema leaves: H2 commits every DDL
     * statement, so a migration is partly done, and Flyway has not recorded it.
     */
    @ParameterizedTest(name = "V{0} killed after {1} statements")
    @CsvSource({ "1, 4", "1, 9", "2, 3", "2, 11", "3, 1" })
    void aFirstRunKilledHalfwayThroughAMigrationLeavesADatabaseTheNextLaunchUses(int version, int done)
            throws Exception {
        JobHarness job = new JobHarness(root).withSample("2025-Q4");
        Files.createDirectories(job.data());
        String url = "jdbc:h2:file:" + job.data().resolve("dx-scorecard");
        Flyway flyway = Flyway.configure()
            .dataSource(url, "sa", "")
            .locations("classpath:db/migration/common", "classpath:db/migration/h2")
            .target(String.valueOf(Math.max(1, version - 1)))
            .load();
        flyway.migrate();
        Path script = Path.of(version == 1 ? "src/main/resources/db/migration/h2/V1__spring_batch_schema.sql"
                : "src/main/resources/db/migration/common/V" + version
                        + (version == 2 ? "__dx_staging.sql" : "__dx_rejection_by_file.sql"));
        String[] statements = Files.readString(script, StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "").split(";");
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            if (version == 1) {
                // Flyway makes its history table first; the first migration is neither
                // recorded nor done.
                s.execute("DELETE FROM \"flyway_schema_history\"");
                for (String table : List.of("BATCH_STEP_EXECUTION_CONTEXT", "BATCH_JOB_EXECUTION_CONTEXT",
                        "BATCH_STEP_EXECUTION", "BATCH_JOB_EXECUTION_PARAMS", "BATCH_JOB_EXECUTION",
                        "BATCH_JOB_INSTANCE")) {
                    s.execute("DROP TABLE " + table);
                }
                for (String sequence : List.of("BATCH_STEP_EXECUTION_SEQ", "BATCH_JOB_EXECUTION_SEQ",
                        "BATCH_JOB_INSTANCE_SEQ")) {
                    s.execute("DROP SEQUENCE " + sequence);
                }
            }
            for (int i = 0; i < done; i++) {
                s.execute(statements[i]);
            }
        }
        assertThat(job.run(PERIOD, CLOCK)).isZero();
        assertThat(HostileFolderTest.byUnit(job)).isEqualTo(clean);
    }

    @Test
    void firstRunsKilledWhileTheyStartAreCompletedByTheNextLaunch() throws Exception {
        JobHarness job = new JobHarness(root).withSample("2025-Q4");
        // killed once it holds the lock (Spring not started), once the database file
        // exists (the schema being made, on the first launch that gets there), and once
        // the job is about to start
        Path lock = job.data().resolve("dx-scorecard.lock");
        Path database = job.data().resolve("dx-scorecard.mv.db");
        JobProcess beforeSpring = JobProcess.start(job, PERIOD, CLOCK);
        awaitFile(lock, beforeSpring);
        beforeSpring.kill();
        assertThat(beforeSpring.output()).as("killed before the job started").doesNotContain("Starting 2025-Q4");
        JobProcess inMigration = JobProcess.start(job, PERIOD, CLOCK);
        awaitFile(database, inMigration);
        inMigration.kill();
        assertThat(inMigration.output()).as("killed before the job started").doesNotContain("Starting 2025-Q4");
        JobProcess atStart = JobProcess.start(job, PERIOD, CLOCK);
        atStart.awaitLine("Starting 2025-Q4", Duration.ofSeconds(90));
        atStart.kill();
        assertThat(atStart.output()).as("killed before the publication").doesNotContain("Step publishStep started");
        JobHarness.Logged again = job.runLogged(PERIOD, CLOCK);
        assertThat(again.code()).as(again.log()).isZero();
        assertThat(HostileFolderTest.byUnit(job)).isEqualTo(clean);
    }

    private static void awaitFile(Path file, JobProcess process) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!Files.exists(file)) {
            assertThat(process.alive()).as("ended before " + file + " appeared: " + process.output()).isTrue();
            assertThat(System.nanoTime()).as("no " + file).isLessThan(deadline);
            Thread.sleep(2);
        }
    }

    @Test
    void withoutALocaleAPathWithVietnameseLettersIsExit2() throws Exception {
        JobHarness job = new JobHarness(root).withSample("2025-Q4");
        JobProcess run = JobProcess.start(job, JobProcess.Launch.withoutLocale(), PERIOD,
                "--catalogue=" + root.resolve("báo cáo"));
        assertThat(run.waitForExit()).as(run.output()).isEqualTo(ExitCodes.BAD_ARGUMENTS);
        Console.assertClean(run.output());
        assertThat(run.output()).contains("LANG=C.UTF-8");
    }

    @Test
    void aTerminationSignalBeforeTheJobStartsExits1() throws Exception {
        JobHarness job = new JobHarness(root).withSample("2025-Q4");
        JobProcess early = JobProcess.start(job, PERIOD, CLOCK);
        // The lock is taken once the signal handler is in place, before Spring starts;
        // a signal before main is the JVM's own (exit 143), nothing the job can answer.
        Path lock = job.data().resolve("dx-scorecard.lock");
        for (int waited = 0; !Files.exists(lock) && waited < 30_000; waited += 20) {
            Thread.sleep(20);
        }
        early.terminate();
        assertThat(early.waitForExit()).as(early.output()).isEqualTo(ExitCodes.FAILED);
        Console.assertClean(early.output());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "empty", "corrupted" })
    void aDamagedDatabaseFileIsExit2NamingItAndIsNeverReplaced(String damage) throws Exception {
        JobHarness job = new JobHarness(root).withSample("2025-Q4");
        assertThat(job.run(PERIOD, CLOCK)).isZero();
        Path file = job.data().resolve("dx-scorecard.mv.db");
        long size = Files.size(file);
        if (damage.equals("empty")) {
            Files.write(file, new byte[0]);
        }
        else {
            try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
                raw.seek(size / 3);
                raw.write(new byte[(int) (size / 3)]);
            }
        }
        byte[] damaged = Files.readAllBytes(file);
        JobProcess run = JobProcess.start(job, PERIOD, CLOCK, "--rerun");
        assertThat(run.waitForExit()).as(run.output()).isEqualTo(ExitCodes.BAD_ARGUMENTS);
        Console.assertClean(run.output());
        assertThat(run.output()).contains("dx-scorecard: ", file.toString(), "damaged");
        // Never replaced by a new database: an empty file stays empty, a damaged one
        // keeps what it had (H2 may
        // write a header or a chunk as it tries to open it).
        if (damage.equals("empty")) {
            assertThat(Files.size(file)).as("never silently replaced").isZero();
        }
        else {
            assertThat(Files.size(file)).as("never silently replaced").isGreaterThanOrEqualTo(damaged.length);
        }
    }

    @Test
    void aBadCatalogueIsExit2InOneLine() throws Exception {
        JobHarness job = new JobHarness(root).withSample("2025-Q4");
        Path catalogue = Files.createDirectories(root.resolve("catalogue"));
        try (Stream<Path> shipped = Files.list(Path.of("src/main/resources/reference"))) {
            for (Path file : shipped.toList()) {
                Files.copy(file, catalogue.resolve(file.getFileName()));
            }
        }
        Path indicators = catalogue.resolve("indicators.csv");
        Files.writeString(indicators, Files.readString(indicators)
            .replace(",count,lower,province,2,50,10,0,0,", ",count,lower,province,2,50,10,0,-5,"));
        JobProcess run = JobProcess.start(job, PERIOD, "--catalogue=" + catalogue);
        assertThat(run.waitForExit()).as(run.output()).isEqualTo(ExitCodes.BAD_ARGUMENTS);
        Console.assertClean(run.output());
        assertThat(run.output().strip().lines()).singleElement()
            .asString()
            .startsWith("dx-scorecard: " + indicators + ":5: indicator HT_VUNG_LOM_SONG");
    }

}
