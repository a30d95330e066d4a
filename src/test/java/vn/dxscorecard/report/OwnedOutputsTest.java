package vn.dxscorecard.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnedOutputsTest {

    @TempDir
    Path root;

    @Test
    void removesWhatThePreviousPublicationWroteAndThisOneDoesNotAndLeftoverTemporaryFiles() throws IOException {
        Path period = root.resolve("output/2025-Q4");
        touch(period.resolve("rankings.csv"));
        touch(period.resolve("scorecards/01-thanh-pho-ha-noi.pdf"));
        touch(period.resolve("scorecards/02-tinh-ha-giang.pdf"));
        touch(period.resolve("scorecards/.01-thanh-pho-ha-noi.pdf.tmp"));
        touch(period.resolve("validation/ZZ.csv"));
        touch(period.resolve("notes-of-the-operator.txt"));
        touch(period.resolve("old/reports/x.pdf"));
        manifest(period, "rankings.csv", "scorecards/01-thanh-pho-ha-noi.pdf", "scorecards/02-tinh-ha-giang.pdf",
                "validation/ZZ.csv", "../../input/01_2025-Q4.csv");
        touch(root.resolve("input/01_2025-Q4.csv"));

        OwnedOutputs owned = new OwnedOutputs(period);
        owned.retire();
        assertThat(period.resolve(Manifest.FILE)).doesNotExist();
        List<Path> removed = owned
            .removeStale(List.of(Path.of("rankings.csv"), Path.of("scorecards/01-thanh-pho-ha-noi.pdf")));

        assertThat(removed).containsExactly(Path.of("scorecards/.01-thanh-pho-ha-noi.pdf.tmp"),
                Path.of("scorecards/02-tinh-ha-giang.pdf"), Path.of("validation/ZZ.csv"));
        assertThat(period.resolve("validation")).as("left empty").doesNotExist();
        assertThat(period.resolve("notes-of-the-operator.txt")).as("not the job's").exists();
        assertThat(period.resolve("old/reports/x.pdf")).as("not the job's").exists();
        assertThat(root.resolve("input/01_2025-Q4.csv")).as("outside the period folder").exists();
        owned.forgetPrevious();
        assertThat(period.resolve(OwnedOutputs.PREVIOUS)).doesNotExist();
    }

    @Test
    void aRestartedPublicationKeepsTheManifestSetAsideFirst() throws IOException {
        Path period = root.resolve("output/2025-Q4");
        touch(period.resolve("scorecards/02-tinh-ha-giang.pdf"));
        manifest(period, "scorecards/02-tinh-ha-giang.pdf");
        new OwnedOutputs(period).retire();
        new OwnedOutputs(period).retire();

        assertThat(new OwnedOutputs(period).removeStale(List.of()))
            .containsExactly(Path.of("scorecards/02-tinh-ha-giang.pdf"));
    }

    @Test
    void aFolderThatWasNeverPublishedHasNothingToRemove() throws IOException {
        assertThat(new OwnedOutputs(root.resolve("none")).removeStale(List.of())).isEmpty();
    }

    private static void manifest(Path period, String... outputs) throws IOException {
        StringBuilder json = new StringBuilder("{\"outputs\":[");
        for (int i = 0; i < outputs.length; i++) {
            json.append(i == 0 ? "" : ",").append("{\"path\":\"").append(outputs[i]).append("\"}");
        }
        Files.writeString(period.resolve(Manifest.FILE), json.append("]}"));
    }

    private static void touch(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, file.getFileName().toString());
    }

}
