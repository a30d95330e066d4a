package vn.dxscorecard.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.dxscorecard.support.JobHarness;
import vn.dxscorecard.support.JobProcess;
import vn.dxscorecard.support.PeriodFolders;

/**
 * Whatever happens to a run — killed, terminated, overlapped — the next launch finishes
 * the period and the result equals one clean run, byte for byte. Each launch is the real
 * main in its own JVM; slow motion ({@code dx.job.pause}, small chunks) widens the
 * moments at which the process is killed.
 */
class CrashSafetyTest {

    private static final String PERIOD = "--period=2025-Q4";

    /**
     * Every launch, clean or not, stamps its outputs with one instant: then they can be
     * compared byte for byte.
     */
    private static final String CLOCK = "--dx.clock=2026-01-05T08:00:00+07:00";

    private static final String[] SLOW = { "--dx.test.slow-motion=150ms", "--dx.job.scoring-chunk=4",
            "--dx.job.validation-chunk=50" };

    private static final Duration WAIT = Duration.ofSeconds(90);

    /**
     * The first launch publishes 2025-Q3 first (never run here); the kills are aimed at
     * 2025-Q4's run.
     */
    private static final String STARTED = "Starting 2025-Q4";

    /** The night after {@link #CLOCK}: a revision arrived in between. */
    private static final String NEXT_NIGHT = "--dx.clock=2026-01-06T02:00:00+07:00";

    private static final String REVISION = "BTC_2025-Q4_r2.csv";

    @TempDir
    static Path cleanWorkspace;
    static JobHarness clean;

    /** Edition 1 without the revision, edition 2 with it, each launch clean. */
    @TempDir
    static Path cleanTwiceWorkspace;
    static JobHarness cleanTwice;

    @TempDir
    Path workspace;

    @BeforeAll
    static void cleanRun() throws IOException {
        clean = new JobHarness(cleanWorkspace).withSample("2025-Q3", "2025-Q4");
        assertThat(clean.run(PERIOD, CLOCK)).isZero();
        cleanTwice = editionOneWithoutTheRevision(cleanTwiceWorkspace);
        assertThat(cleanTwice.run(PERIOD, NEXT_NIGHT)).isZero();
    }

    private static JobHarness editionOneWithoutTheRevision(Path root) throws IOException {
        JobHarness job = new JobHarness(root).withSample("2025-Q3", "2025-Q4");
        Path revision = job.input().resolve(REVISION);
        Path aside = Files.move(revision, root.resolve(REVISION));
        assertThat(job.run(PERIOD, CLOCK)).isZero();
        Files.move(aside, revision);
        return job;
    }

    @ParameterizedTest(name = "kill -9 {2} ms after \"{1}\" of edition 2")
    @CsvSource({ "after intake, Step intakeStep completed, 0", "mid-publication, Step publishStep started, 50" })
    void aLaterEditionKilledIsFinishedAsThatSameEditionByTheRelaunch(String name, String line, long delayMillis)
            throws Exception {
        JobHarness job = editionOneWithoutTheRevision(workspace);
        JobProcess first = JobProcess.start(job, slow(PERIOD, NEXT_NIGHT));
        first.awaitLine("Starting 2025-Q4 edition 2 (provisional): files changed: added " + REVISION, line, WAIT);
        Thread.sleep(delayMillis);
        first.kill();

        // the relaunch runs a night later still: the edition keeps its own instant
        JobProcess second = JobProcess.start(job, PERIOD, "--dx.clock=2026-01-07T02:00:00+07:00");
        assertThat(second.waitForExit()).as(second.output()).isZero();
        assertThat(second.output()).contains("Resuming 2025-Q4 edition 2").doesNotContain("edition 3");
        PeriodFolders.assertSame(cleanTwice.periodDir("2025-Q4"), job.periodDir("2025-Q4"));
    }

    @ParameterizedTest(name = "kill -9 {2} ms after \"{1}\"")
    @CsvSource({ "after intake, Step intakeStep completed, 0", "mid-validation, Step validationStep started, 400",
            "mid-scoring, Step scoringStep started, 700", "mid-publication, Step publishStep started, 50" })
    void killedAnywhereThenRelaunchedEqualsACleanRun(String name, String line, long delayMillis) throws Exception {
        JobHarness job = new JobHarness(workspace).withSample("2025-Q3", "2025-Q4");
        JobProcess first = JobProcess.start(job, slow(PERIOD, CLOCK));
        first.awaitLine(STARTED, line, WAIT);
        Thread.sleep(delayMillis);
        first.kill();

        JobProcess second = JobProcess.start(job, PERIOD, CLOCK);
        assertThat(second.waitForExit()).as(second.output()).isZero();
        assertThat(second.output()).contains("no process runs it");
        assertSameOutputs(job);
    }

    @Test
    void sigtermStopsGracefullyWithExit1AndTheNextLaunchResumes() throws Exception {
        JobHarness job = new JobHarness(workspace).withSample("2025-Q3", "2025-Q4");
        JobProcess first = JobProcess.start(job, slow(PERIOD, CLOCK));
        first.awaitLine(STARTED, "Step scoringStep started", WAIT);
        first.terminate();
        assertThat(first.waitForExit()).as(first.output()).isEqualTo(ExitCodes.FAILED);
        assertThat(first.output()).contains("next launch of the period resumes");

        JobProcess second = JobProcess.start(job, PERIOD, CLOCK);
        assertThat(second.waitForExit()).as(second.output()).isZero();
        assertThat(second.output()).contains("Resuming 2025-Q4").doesNotContain("Step intakeStep started");
        assertSameOutputs(job);
    }

    @Test
    void aSecondLaunchWhileOneRunsExits3AndSaysWhoHoldsTheLock() throws Exception {
        JobHarness job = new JobHarness(workspace).withSample("2025-Q4");
        JobProcess first = JobProcess.start(job, slow(PERIOD, CLOCK));
        first.awaitLine(STARTED, "Step scoringStep started", WAIT);

        JobProcess second = JobProcess.start(job, PERIOD, CLOCK);
        assertThat(second.waitForExit()).isEqualTo(ExitCodes.LOCKED);
        assertThat(second.output()).contains("another run holds the lock").contains("pid ").contains("period 2025-Q4");

        assertThat(first.waitForExit()).isZero();
    }

    private static String[] slow(String... args) {
        return Stream.concat(Stream.of(args), Stream.of(SLOW)).toArray(String[]::new);
    }

    private static void assertSameOutputs(JobHarness job) throws IOException {
        PeriodFolders.assertSame(clean.periodDir("2025-Q4"), job.periodDir("2025-Q4"));
    }

}
