package vn.dxscorecard.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dxscorecard.support.HoldPoint;
import vn.dxscorecard.support.JobHarness;
import vn.dxscorecard.support.JobProcess;

/**
 * A launch killed while it lays out PDFs leaves nothing in the temp folder: AWT's copies
 * of fonts made from bytes ({@code +~JF*.tmp}) are deleted only by a JVM that ends
 * normally, so the fonts are read from files that outlive every run.
 */
class FontFilesTest {

    @TempDir
    Path workspace;

    @Test
    void aKilledRunLeavesNoFontCopyInTheTempFolder() throws Exception {
        Path temp = Files.createDirectories(workspace.resolve("tmp"));
        JobHarness job = new JobHarness(workspace.resolve("job")).withSample("2025-Q4");
        JobProcess.Launch ownTemp = new JobProcess.Launch(List.of(),
                Map.of("JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + temp));
        for (int launch = 0; launch < 2; launch++) {
            // held once the first scorecards are laid out: the fonts are in use, the step
            // not done
            Path held = workspace.resolve("held-" + launch);
            JobProcess run = JobProcess.start(job, ownTemp, "--period=2025-Q4", "--rerun",
                    "--dx.test.hold-at=2025-Q4/scorecardStep:1", "--dx.test.hold-file=" + held);
            assertThat(HoldPoint.awaitHeld(held, run, Duration.ofSeconds(90)))
                .isEqualTo(HoldPoint.at("scorecardStep", 1));
            run.kill();
            assertThat(run.output()).as("killed while it rendered").doesNotContain("Step scorecardStep completed");
        }
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left.map(p -> p.getFileName().toString()).toList()).as("what two killed runs left")
                .noneMatch(name -> name.startsWith("+~JF"))
                .containsExactly("dx-scorecard-fonts-" + System.getProperty("user.name"));
        }
        try (Stream<Path> fonts = Files.list(temp.resolve("dx-scorecard-fonts-" + System.getProperty("user.name")))) {
            assertThat(fonts.map(p -> p.getFileName().toString()).sorted().toList()).as("the same two files, kept")
                .hasSize(2)
                .allMatch(name -> name.matches("LiberationSans-(Regular|Bold)-[0-9a-f]{12}\\.ttf"));
        }
    }

    /**
     * A font folder others may write to is not read from; the run still publishes, with
     * AWT's copy and a warning.
     */
    @Test
    void aFontFolderOthersCanWriteToIsNotUsedAndTheRunStillPublishes() throws Exception {
        Path temp = Files.createDirectories(workspace.resolve("tmp"));
        Path shared = Files.createDirectories(temp.resolve("dx-scorecard-fonts-" + System.getProperty("user.name")));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
        JobHarness job = new JobHarness(workspace.resolve("job")).withSample("2025-Q4");
        JobProcess run = JobProcess.start(job,
                new JobProcess.Launch(List.of(), Map.of("JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + temp)),
                "--period=2025-Q4");
        assertThat(run.waitForExit()).as(run.output()).isZero();
        assertThat(run.output()).contains("is not a private folder of this user");
        try (Stream<Path> fonts = Files.list(shared)) {
            assertThat(fonts).as("nothing written into it").isEmpty();
        }
    }

}
