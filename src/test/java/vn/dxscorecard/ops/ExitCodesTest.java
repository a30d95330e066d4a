package vn.dxscorecard.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.dxscorecard.DxScorecardApplication;
import vn.dxscorecard.support.JobHarness;

/** Exit codes of SPEC §7 through the real entry point. */
class ExitCodesTest {

    @TempDir
    Path workspace;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "--bogus", "--period=2025-Q5", "--period=25-Q1", "--period=2027-Q1", "--rerun=yes",
            "--input", "stray-argument", "--period=2025-Q4 --period=2025-Q3" })
    void badArgumentsExitWith2AndOneLine(String args) throws IOException {
        JobHarness job = new JobHarness(workspace);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = job.run(args.split(" "));
        }
        finally {
            System.setErr(original);
        }
        assertThat(code).isEqualTo(ExitCodes.BAD_ARGUMENTS);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("dx-scorecard: ").hasLineCount(1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "--dx.job.validation-chunk=-5", "--dx.job.render-threads=0", "--dx.intake.max-bytes=abc",
            "--dx.intake.settle-time=abc", "--dx.zone=Mars/Base", "--dx.clock=yesterday", "--dx.job.pause=150ms",
            "--dx.intake.max-files=1" })
    void aBadOrUnknownSettingExitsWith2NamingIt(String setting) throws IOException {
        JobHarness job = new JobHarness(workspace).withSample("2025-Q4");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = DxScorecardApplication.run("--period=2025-Q4", "--input=" + job.input(), "--output=" + job.output(),
                    "--data=" + job.data(), setting);
        }
        finally {
            System.setErr(original);
        }
        String name = setting.substring(2, setting.indexOf('='));
        assertThat(code).isEqualTo(ExitCodes.BAD_ARGUMENTS);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("dx-scorecard: ").hasLineCount(1).contains(name);
    }

    @Test
    void aYearWithoutTargetsIsNamed() throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertThat(new JobHarness(workspace).run("--period=2027-Q1")).isEqualTo(2);
        }
        finally {
            System.setErr(original);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no targets for 2027");
    }

    @Test
    void withoutPeriodTheLastQuarterThatHasEndedIsScored() throws IOException {
        JobHarness job = new JobHarness(workspace).withSample("2025-Q4");
        assertThat(job.run("--dx.clock=2026-01-05T08:00:00+07:00")).isZero();
        assertThat(job.periodDir("2025-Q4").resolve("rankings.csv")).exists();
    }

    @Test
    void helpExitsZero() {
        assertThat(DxScorecardApplication.run("--help")).isZero();
    }

    /** No clock given: today, 2025-Q4 is long past its deadline. */
    @Test
    void aFinalPeriodIsNotRecomputedAndRerunPublishesACorrectionWithTheSameFigures() throws Exception {
        JobHarness job = new JobHarness(workspace).withSample("2025-Q3", "2025-Q4");
        assertThat(job.run("--period=2025-Q4")).isZero();
        assertThat(executions(job)).as("2025-Q3 is published first, as its own job instance")
            .containsExactly("COMPLETED", "COMPLETED");
        Path rankings = job.periodDir("2025-Q4").resolve("rankings.csv");
        Path scores = job.periodDir("2025-Q4").resolve("scores.csv");
        byte[] firstRankings = Files.readAllBytes(rankings);
        byte[] firstScores = Files.readAllBytes(scores);
        Files.delete(scores);

        assertThat(job.run("--period=2025-Q4")).isZero();
        assertThat(executions(job)).as("final: nothing launched").hasSize(2);
        assertThat(scores).as("not recomputed, not republished").doesNotExist();

        assertThat(job.run("--period=2025-Q4", "--rerun")).isZero();
        assertThat(executions(job)).containsExactly("COMPLETED", "COMPLETED", "COMPLETED");
        assertThat(JobHarness.readCsv(job.periodDir("2025-Q4").resolve("editions.csv")))
            .extracting(e -> e.get("status"))
            .containsExactly("final", "correction");
        assertThat(Files.readAllBytes(rankings)).isEqualTo(firstRankings);
        assertThat(Files.readAllBytes(scores)).isEqualTo(firstScores);
    }

    @Test
    void aFailedRunExits1AndTheNextLaunchResumesAtTheFailedStep() throws Exception {
        JobHarness job = new JobHarness(workspace).withSample("2025-Q4");
        Files.createDirectories(job.output());
        Files.writeString(job.periodDir("2025-Q4"), "a file where the period folder should be");

        assertThat(job.run("--period=2025-Q4")).isEqualTo(ExitCodes.FAILED);
        assertThat(executions(job)).containsExactly("FAILED");

        Files.delete(job.periodDir("2025-Q4"));
        assertThat(job.run("--period=2025-Q4")).isZero();
        assertThat(executions(job)).containsExactly("FAILED", "COMPLETED");
        assertThat(stepRuns(job, "intakeStep")).as("completed steps are not run again").isEqualTo(1);
        assertThat(stepRuns(job, "scorecardStep")).as("the step that failed runs again").isEqualTo(2);
        assertThat(stepRuns(job, "publishStep")).isEqualTo(1);
        assertThat(job.periodDir("2025-Q4").resolve("rankings.csv")).exists();
    }

    @Test
    void theRealMainInItsOwnJvm() throws Exception {
        JobHarness job = new JobHarness(workspace).withSample("2025-Q4");
        List<String> common = List.of("--input=" + job.input(), "--output=" + job.output(), "--data=" + job.data(),
                "--dx.intake.settle-time=0s");
        assertThat(launch(List.of("--nonsense"))).isEqualTo(2);
        List<String> run = new ArrayList<>(common);
        run.add("--period=2025-Q4");
        assertThat(launch(run)).isZero();
        assertThat(job.periodDir("2025-Q4").resolve("rankings.csv")).exists();
        assertThat(launch(run)).as("already completed").isZero();
    }

    private int launch(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                        System.getProperty("java.class.path"), DxScorecardApplication.class.getName()));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(workspace.resolve("launch.log").toFile())
            .start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }

    static List<String> executions(JobHarness job) throws SQLException {
        return job.query("SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID");
    }

    static int stepRuns(JobHarness job, String step) throws SQLException {
        return job.query("SELECT STATUS FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = '" + step + "'").size();
    }

}
