package vn.dxscorecard.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.dxscorecard.support.HoldPoint;
import vn.dxscorecard.support.JobHarness;
import vn.dxscorecard.support.JobProcess;
import vn.dxscorecard.support.PeriodFolders;

/**
 * Whatever happens to a run — killed, terminated, overlapped — the next launch finishes
 * the period and the result equals one clean run, byte for byte. Each launch is the real
 * main in its own JVM (the relaunch that follows a kill runs in this one: what it reads
 * is what the killed process left on disk). A kill never guesses its moment: the launch
 * holds at the step or chunk named ({@link HoldPoint}), or the test waits for the file a
 * publication writes first, and each test asserts that the kill landed there and that the
 * relaunch resumed from there.
 */
class CrashSafetyTest {

    private static final String PERIOD = "--period=2025-Q4";

    /**
     * Every launch, clean or not, stamps its outputs with one instant: then they can be
     * compared byte for byte.
     */
    private static final String CLOCK = "--dx.clock=2026-01-05T08:00:00+07:00";

    /** Chunks small enough that a step has several to be killed between. */
    private static final String[] CHUNKS = { "--dx.job.scoring-chunk=4", "--dx.job.validation-chunk=50" };

    private static final Duration WAIT = Duration.ofSeconds(90);

    /** The night after {@link #CLOCK}: a revision arrived in between. */
    private static final String NEXT_NIGHT = "--dx.clock=2026-01-06T02:00:00+07:00";

    private static final String REVISION = "BTC_2025-Q4_r2.csv";

    /**
     * The steps in the order they run: a relaunch runs none before the one it resumes.
     */
    private static final List<String> STEPS = List.of("referenceStep", "intakeStep", "validationStep", "scoringStep",
            "rankingStep", "scorecardStep", "publishStep", "publicationStep", "outboxStep");

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

    @ParameterizedTest(name = "kill -9 {0} of edition 2")
    @CsvSource({ "after intake, validationStep, 0", "mid-publication, publishStep, 0" })
    void aLaterEditionKilledIsFinishedAsThatSameEditionByTheRelaunch(String name, String step, int chunk)
            throws Exception {
        JobHarness job = editionOneWithoutTheRevision(workspace);
        killAt(job, step, chunk, PERIOD, NEXT_NIGHT);

        // the relaunch runs a night later still: the edition keeps its own instant
        JobHarness.Logged second = job.runLogged(PERIOD, "--dx.clock=2026-01-07T02:00:00+07:00");
        assertThat(second.code()).as(second.log()).isZero();
        assertThat(second.log()).contains("Resuming 2025-Q4 edition 2").doesNotContain("edition 3");
        assertResumedAt(step, second.log());
        PeriodFolders.assertSame(cleanTwice.periodDir("2025-Q4"), job.periodDir("2025-Q4"));
    }

    @ParameterizedTest(name = "kill -9 {0}")
    @CsvSource({ "after intake, validationStep, 0", "mid-validation, validationStep, 3", "mid-scoring, scoringStep, 3",
            "mid-publication, publishStep, 0" })
    void killedAnywhereThenRelaunchedEqualsACleanRun(String name, String step, int chunk) throws Exception {
        JobHarness job = new JobHarness(workspace).withSample("2025-Q3", "2025-Q4");
        killAt(job, step, chunk, PERIOD, CLOCK);

        JobHarness.Logged second = job.runLogged(PERIOD, CLOCK);
        assertThat(second.code()).as(second.log()).isZero();
        assertThat(second.log()).contains("no process runs it");
        assertResumedAt(step, second.log());
        assertSameOutputs(job);
    }

    @Test
    void sigtermStopsGracefullyWithExit1AndTheNextLaunchResumes() throws Exception {
        JobHarness job = new JobHarness(workspace).withSample("2025-Q3", "2025-Q4");
        Path held = workspace.resolve("held");
        JobProcess first = JobProcess.start(job, held(held, "scoringStep", 2, PERIOD, CLOCK));
        assertThat(HoldPoint.awaitHeld(held, first, WAIT)).isEqualTo(HoldPoint.at("scoringStep", 2));
        first.terminate();
        // the signal is taken while the launch holds: the step stops at its next chunk
        first.awaitLine("Termination signal: stopping job execution", WAIT);
        HoldPoint.release(held);
        assertThat(first.waitForExit()).as(first.output()).isEqualTo(ExitCodes.FAILED);
        assertThat(first.output()).contains("next launch of the period resumes");
        assertThat(ofQ4(first)).as(first.output())
            .contains("Step scoringStep stopped")
            .doesNotContain("Step rankingStep started");

        JobHarness.Logged second = job.runLogged(PERIOD, CLOCK);
        assertThat(second.code()).as(second.log()).isZero();
        assertThat(second.log()).contains("Resuming 2025-Q4");
        assertResumedAt("scoringStep", second.log());
        assertSameOutputs(job);
    }

    @Test
    void aSecondLaunchWhileOneRunsExits3AndSaysWhoHoldsTheLock() throws Exception {
        JobHarness job = new JobHarness(workspace).withSample("2025-Q4");
        Path held = workspace.resolve("held");
        JobProcess first = JobProcess.start(job, held(held, "scoringStep", 0, PERIOD, CLOCK));
        HoldPoint.awaitHeld(held, first, WAIT);

        JobProcess second = JobProcess.start(job, PERIOD, CLOCK);
        assertThat(second.waitForExit()).isEqualTo(ExitCodes.LOCKED);
        assertThat(second.output()).contains("another run holds the lock").contains("pid ").contains("period 2025-Q4");

        HoldPoint.release(held);
        assertThat(first.waitForExit()).as(first.output()).isZero();
    }

    /**
     * Starts the launch and kills it at the point named: held at a step's start or after
     * a chunk, or, for the publish step, once it has written its first file (and not yet
     * the manifest that completes it).
     */
    private void killAt(JobHarness job, String step, int chunk, String... args) throws Exception {
        Path held = workspace.resolve("held");
        JobProcess first = JobProcess.start(job, held(held, step, chunk, args));
        assertThat(HoldPoint.awaitHeld(held, first, WAIT)).isEqualTo(HoldPoint.at(step, chunk));
        Path rankings = job.periodDir("2025-Q4").resolve("rankings.csv");
        if (step.equals("publishStep")) {
            // the rankings are the publication's first file, written anew over any
            // earlier edition's
            Object before = fileKey(rankings);
            HoldPoint.release(held);
            awaitNewFile(rankings, before, first);
        }
        first.kill();
        assertThat(ofQ4(first)).as("killed before the step after it")
            .doesNotContain("Step " + STEPS.get(STEPS.indexOf(step) + 1) + " started");
        if (step.equals("publishStep")) {
            assertThat(rankings.resolveSibling("manifest.json")).as("killed mid-publication").doesNotExist();
        }
    }

    /** The relaunch ran the step the kill interrupted, and none of those before it. */
    private static void assertResumedAt(String step, String relaunch) {
        assertThat(relaunch).contains("Step " + step + " started");
        for (String before : STEPS.subList(0, STEPS.indexOf(step))) {
            assertThat(relaunch).as("resumed at " + step).doesNotContain("Step " + before + " started");
        }
    }

    /** What the launch printed once it started the 2025-Q4 edition (after 2025-Q3's). */
    private static String ofQ4(JobProcess process) {
        String output = process.output();
        int start = output.indexOf("Starting 2025-Q4");
        return start < 0 ? output.substring(output.indexOf("Resuming 2025-Q4")) : output.substring(start);
    }

    private static Object fileKey(Path file) throws IOException {
        return Files.exists(file) ? Files.readAttributes(file, BasicFileAttributes.class).fileKey() : null;
    }

    /** Waits until {@code file} is there as another file than {@code before}. */
    private static void awaitNewFile(Path file, Object before, JobProcess process) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (fileKey(file) == null || fileKey(file).equals(before)) {
            assertThat(process.alive()).as("the launch ended before it wrote " + file).isTrue();
            assertThat(System.nanoTime()).as("no " + file + " within " + WAIT).isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    private static String[] held(Path file, String step, int chunk, String... args) {
        String at = "2025-Q4/" + (chunk == 0 ? step : step + ":" + chunk);
        return Stream
            .concat(Stream.of(args),
                    Stream.concat(Stream.of(CHUNKS),
                            Stream.of("--dx.test.hold-at=" + at, "--dx.test.hold-file=" + file)))
            .toArray(String[]::new);
    }

    private static void assertSameOutputs(JobHarness job) throws IOException {
        PeriodFolders.assertSame(clean.periodDir("2025-Q4"), job.periodDir("2025-Q4"));
    }

}
