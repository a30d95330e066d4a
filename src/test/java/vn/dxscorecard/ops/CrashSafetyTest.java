package vn.dxscorecard.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.json.JsonMapper;

import vn.dxscorecard.shared.Sha256;
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

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path cleanWorkspace;
    static JobHarness clean;

    @TempDir
    Path workspace;

    @BeforeAll
    static void cleanRun() throws IOException {
        clean = new JobHarness(cleanWorkspace).withSample("2025-Q3", "2025-Q4");
        assertThat(clean.run(PERIOD, CLOCK)).isZero();
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

        JobProcess second = JobProcess.start(job, PERIOD, CLOCK);
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

        JobProcess second = JobProcess.start(job, PERIOD, CLOCK);
        assertThat(second.waitForExit()).as(second.output()).isZero();
        assertThat(second.output()).contains("Resuming 2025-Q4").doesNotContain("Step intakeStep started");
        assertSameOutputs(job);
    }

    @Test
    void aSecondLaunchWhileOneRunsExits3AndSaysWhoHoldsTheLock() throws Exception {
        JobHarness job = new JobHarness(workspace).withSample("2025-Q4");
        JobProcess first = JobProcess.start(job, slow(PERIOD));
        first.awaitLine(STARTED, "Step scoringStep started", WAIT);

        JobProcess second = JobProcess.start(job, PERIOD, CLOCK);
        assertThat(second.waitForExit()).isEqualTo(ExitCodes.LOCKED);
        assertThat(second.output()).contains("another run holds the lock").contains("pid ").contains("period 2025-Q4");

        assertThat(first.waitForExit()).isZero();
    }

    private static String[] slow(String... args) {
        return Stream.of(Stream.of(args), Stream.of(CLOCK), Stream.of(SLOW)).flatMap(a -> a).toArray(String[]::new);
    }

    /**
     * Every file of the period equals the clean run's, byte for byte: CSVs, validation
     * reports, PDFs. The manifest names another job execution, and so
     * {@code editions.csv} names it and its checksum: the manifest's list of outputs with
     * their checksums must be the same, and every other column of the editions.
     */
    private static void assertSameOutputs(JobHarness job) throws IOException {
        Path expected = clean.periodDir("2025-Q4");
        Path actual = job.periodDir("2025-Q4");
        assertThat(relativeFiles(actual)).containsExactlyElementsOf(relativeFiles(expected));
        for (Path file : relativeFiles(expected)) {
            if (file.toString().equals("manifest.json")) {
                assertThat(JSON.readTree(actual.resolve(file).toFile()).get("outputs"))
                    .isEqualTo(JSON.readTree(expected.resolve(file).toFile()).get("outputs"));
            }
            else if (file.toString().equals("editions.csv")) {
                assertThat(withoutExecution(actual.resolve(file))).isEqualTo(withoutExecution(expected.resolve(file)));
            }
            else {
                assertThat(Files.readAllBytes(actual.resolve(file))).as(file.toString())
                    .isEqualTo(Files.readAllBytes(expected.resolve(file)));
            }
        }
    }

    private static List<Map<String, String>> withoutExecution(Path editions) throws IOException {
        List<Map<String, String>> rows = JobHarness.readCsv(editions);
        assertThat(rows.getLast().get("manifest_sha256"))
            .isEqualTo(Sha256.of(editions.resolveSibling("manifest.json")));
        rows.forEach(row -> {
            row.remove("job_execution_id");
            row.remove("manifest_sha256");
        });
        return rows;
    }

    private static List<Path> relativeFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(folder::relativize).sorted().toList();
        }
    }

}
