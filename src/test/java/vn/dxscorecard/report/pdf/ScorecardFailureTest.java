package vn.dxscorecard.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dxscorecard.ops.ExitCodes;
import vn.dxscorecard.support.JobHarness;

/**
 * One scorecard among many cannot be written while the others are laid out on several
 * threads.
 */
class ScorecardFailureTest {

    @TempDir
    Path workspace;

    @Test
    void aScorecardThatCannotBeWrittenFailsThePublishStepAndTheRelaunchCompletesIt() throws IOException {
        JobHarness job = new JobHarness(workspace).withSample("2025-Q4");
        Path scorecards = job.periodDir("2025-Q4").resolve(ScorecardPdf.FOLDER);
        // A folder where Huế's scorecard would be written first: creating that file
        // fails.
        Path blocker = Files.createDirectories(scorecards.resolve(".46-thanh-pho-hue.pdf.tmp/in-the-way"));

        assertThat(job.run("--period=2025-Q4", "--dx.job.render-threads=3")).isEqualTo(ExitCodes.FAILED);
        assertThat(job.periodDir("2025-Q4").resolve("manifest.json")).as("an incomplete period has no manifest")
            .doesNotExist();

        Files.delete(blocker);
        Files.delete(blocker.getParent());
        assertThat(job.run("--period=2025-Q4", "--dx.job.render-threads=3")).isZero();
        List<String> names = names(scorecards);
        assertThat(names).hasSize(49)
            .contains("46-thanh-pho-hue.pdf")
            .allMatch(n -> n.endsWith(".pdf"))
            .noneMatch(n -> n.startsWith("."));
        assertThat(Files.readString(job.periodDir("2025-Q4").resolve("manifest.json")))
            .contains("scorecards/46-thanh-pho-hue.pdf");
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

}
