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

/**
 * Whatever happens to a run — killed, terminated, overlapped — the next launch finishes
 * the period and the result equals one clean run, byte for byte. Each launch is the real
 * main in its own JVM; slow motion ({@code dx.job.pause}, small chunks) widens the
 * moments at which the process is killed.
 */
class CrashSafetyTest {

    private static final String PERIOD = "--period=2025-Q4";

    private static final String[] SLOW = { "--dx.test.slow-motion=150ms", "--dx.job.scoring-chunk=4",
            "--dx.job.validation-chunk=50" };

    private static final Duration WAIT = Duration.ofSeconds(90);

    /**
     * The first launch publishes 2025-Q3 first (never run here); the kills are aimed at
     * 2025-Q4's run.
     */
    private static final String STARTED = "Starting 2025-Q4";

    @TempDir
    static Path cleanWorkspace;
    static JobHarness clean;

    @TempDir
    Path workspace;

    @BeforeAll
    static void cleanRun() throws IOException {
        clean = new JobHarness(cleanWorkspace).withSample("2025-Q3", "2025-Q4");
        assertThat(clean.run(PERIOD)).isZero();
    }

    @ParameterizedTest(name = "kill -9 {2} ms after \"{1}\"")
    @CsvSource({ "after intake, Step intakeStep completed, 0", "mid-validation, Step validationStep started, 400",
            "mid-scoring, Step scoringStep started, 700", "mid-publication, Step publishStep started, 50" })
    void killedAnywhereThenRelaunchedEqualsACleanRun(String name, String line, long delayMillis) throws Exception {
        JobHarness job = new JobHarness(workspace).withSample("2025-Q3", "2025-Q4");
        JobProcess first = JobProcess.start(job, slow(PERIOD));
        first.awaitLine(STARTED, line, WAIT);
        Thread.sleep(delayMillis);
        first.kill();

        JobProcess second = JobProcess.start(job, PERIOD);
        assertThat(second.waitForExit()).as(second.output()).isZero();
        assertThat(second.output()).contains("no process runs it");
        assertSameOutputs(job);
    }

    @Test
    void sigtermStopsGracefullyWithExit1AndTheNextLaunchResumes() throws Exception {
        JobHarness job = new JobHarness(workspace).withSample("2025-Q3", "2025-Q4");
        JobProcess first = JobProcess.start(job, slow(PERIOD));
        first.awaitLine(STARTED, "Step scoringStep started", WAIT);
        first.terminate();
        assertThat(first.waitForExit()).isEqualTo(ExitCodes.FAILED);
        assertThat(first.output()).contains("next launch of the period resumes");

        JobProcess second = JobProcess.start(job, PERIOD);
        assertThat(second.waitForExit()).as(second.output()).isZero();
        assertThat(second.output()).contains("Resuming 2025-Q4").doesNotContain("Step intakeStep started");
        assertSameOutputs(job);
    }

    @Test
    void aSecondLaunchWhileOneRunsExits3AndSaysWhoHoldsTheLock() throws Exception {
        JobHarness job = new JobHarness(workspace).withSample("2025-Q4");
        JobProcess first = JobProcess.start(job, slow(PERIOD));
        first.awaitLine(STARTED, "Step scoringStep started", WAIT);

        JobProcess second = JobProcess.start(job, PERIOD);
        assertThat(second.waitForExit()).isEqualTo(ExitCodes.LOCKED);
        assertThat(second.output()).contains("another run holds the lock").contains("pid ").contains("period 2025-Q4");

        assertThat(first.waitForExit()).isZero();
    }

    private static String[] slow(String... args) {
        return Stream.concat(Stream.of(args), Stream.of(SLOW)).toArray(String[]::new);
    }

    private static void assertSameOutputs(JobHarness job) throws IOException {
        for (String file : new String[] { "rankings.csv", "scores.csv" }) {
            assertThat(Files.readAllBytes(job.periodDir("2025-Q4").resolve(file))).as(file)
                .isEqualTo(Files.readAllBytes(clean.periodDir("2025-Q4").resolve(file)));
        }
        try (Stream<Path> files = Files.walk(job.periodDir("2025-Q4"))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

}
