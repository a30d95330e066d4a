package vn.dxscorecard.cycle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dxscorecard.support.JobHarness;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A final edition is made "from every file present" (SPEC §8): files copied into the drop
 * folder at the moment of the final launch (a restore, a late sync) are waited for, not
 * left out of the period for good.
 */
class FinalEditionWaitsTest {

    @Test
    void theFinalLaunchWaitsForFilesStillBeingWritten(@TempDir Path workspace) throws IOException {
        JobHarness job = new JobHarness(workspace).withSample("2025-Q3", "2025-Q4");
        assertThat(job.run("--period=2025-Q3", "--dx.clock=2025-10-20T02:00:00+07:00")).isZero();
        FileTime justNow = FileTime.from(Instant.now());
        try (Stream<Path> files = Files.list(job.input())) {
            for (Path file : files.filter(f -> f.getFileName().toString().contains("2025-Q4")).toList()) {
                Files.setLastModifiedTime(file, justNow);
            }
        }

        // The launch's first look at the files is at justNow, however long it took to
        // start.
        assertThat(job.run(Duration.ofSeconds(2), "--period=2025-Q4", "--dx.clock=2026-01-16T02:00:00+07:00",
                "--dx.test.file-clock-from=" + justNow.toInstant()))
            .isZero();

        String log = Files.readString(job.data().resolve("logs/dx-scorecard.log"));
        assertThat(log).containsPattern("2025-Q4: waiting up to 6 s for \\d+ files still being written")
            .contains("Summary 2025-Q4 edition 1 (final, first edition)")
            .contains("files 51 (50 accepted, 1 superseded)")
            .doesNotContain("left out of the final edition");
        assertThat(JobHarness.readCsv(job.periodDir("2025-Q4").resolve("rankings.csv")))
            .filteredOn(r -> r.get("status").equals("ranked"))
            .hasSize(49);
    }

}
