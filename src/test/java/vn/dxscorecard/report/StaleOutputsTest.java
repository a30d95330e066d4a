package vn.dxscorecard.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaleOutputsTest {

    @TempDir
    Path root;

    @Test
    void removesEveryRegularFileNoWriterProducedAndTheFoldersLeftEmpty() throws IOException {
        Path period = root.resolve("output/2025-Q4");
        touch(period.resolve("rankings.csv"));
        touch(period.resolve("scorecards/01-thanh-pho-ha-noi.pdf"));
        touch(period.resolve("validation/rejections.csv"));
        touch(period.resolve("scorecards/02-tinh-ha-giang.pdf"));
        touch(period.resolve("scorecards/.01-thanh-pho-ha-noi.pdf.tmp"));
        touch(period.resolve("old/reports/x.pdf"));
        touch(root.resolve("output/2025-Q3/rankings.csv"));

        List<Path> removed = StaleOutputs.remove(period, List.of(Path.of("rankings.csv"),
                Path.of("scorecards/01-thanh-pho-ha-noi.pdf"), Path.of("validation/rejections.csv")),
                root.resolve("input"));

        assertThat(removed).containsExactly(Path.of("old/reports/x.pdf"),
                Path.of("scorecards/.01-thanh-pho-ha-noi.pdf.tmp"), Path.of("scorecards/02-tinh-ha-giang.pdf"));
        assertThat(period.resolve("rankings.csv")).exists();
        assertThat(period.resolve("scorecards/01-thanh-pho-ha-noi.pdf")).exists();
        assertThat(period.resolve("validation/rejections.csv")).exists();
        assertThat(period.resolve("old")).doesNotExist();
        assertThat(root.resolve("output/2025-Q3/rankings.csv")).exists();
    }

    @Test
    void neverRemovesSubmissionsEvenWhenTheInputFolderIsInsideThePeriodFolder() throws IOException {
        Path period = root.resolve("output/2025-Q4");
        Path input = period.resolve("in");
        touch(input.resolve("01_2025-Q4.csv"));
        touch(period.resolve("stale.csv"));

        assertThat(StaleOutputs.remove(period, List.of(), input)).containsExactly(Path.of("stale.csv"));
        assertThat(input.resolve("01_2025-Q4.csv")).exists();
    }

    @Test
    void aMissingPeriodFolderIsNothingToClean() throws IOException {
        assertThat(StaleOutputs.remove(root.resolve("none"), List.of(), root.resolve("input"))).isEmpty();
    }

    private static void touch(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, file.getFileName().toString());
    }
}
