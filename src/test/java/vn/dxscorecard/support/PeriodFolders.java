package vn.dxscorecard.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import tools.jackson.databind.json.JsonMapper;

import vn.dxscorecard.shared.Sha256;

/** Two publications of a period compared as an operator would: file by file. */
public final class PeriodFolders {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PeriodFolders() {
    }

    /**
     * Every file equals the expected one, byte for byte: CSVs, validation reports, PDFs.
     * The manifest names the job execution that wrote it, and so {@code editions.csv}
     * names that execution and the manifest's checksum: the manifest's list of outputs
     * with their checksums must be the same, and every other column of the editions.
     */
    public static void assertSame(Path expected, Path actual) throws IOException {
        assertThat(files(actual)).containsExactlyElementsOf(files(expected));
        for (Path file : files(expected)) {
            switch (file.toString()) {
                case "manifest.json" -> assertThat(JSON.readTree(actual.resolve(file).toFile()).get("outputs"))
                    .isEqualTo(JSON.readTree(expected.resolve(file).toFile()).get("outputs"));
                case "editions.csv" -> assertThat(withoutExecution(actual.resolve(file)))
                    .isEqualTo(withoutExecution(expected.resolve(file)));
                default -> assertThat(Files.readAllBytes(actual.resolve(file))).as(file.toString())
                    .isEqualTo(Files.readAllBytes(expected.resolve(file)));
            }
        }
    }

    /**
     * Each file's SHA-256 and modification time, by path inside the folder: what "left
     * untouched" means.
     */
    public static Map<Path, String> state(Path folder) throws IOException {
        Map<Path, String> state = new TreeMap<>();
        for (Path file : files(folder)) {
            FileTime modified = Files.getLastModifiedTime(folder.resolve(file));
            state.put(file, Sha256.of(folder.resolve(file)) + " " + modified.toInstant());
        }
        return state;
    }

    private static List<Map<String, String>> withoutExecution(Path editions) throws IOException {
        List<Map<String, String>> rows = JobHarness.readCsv(editions);
        assertThat(rows.getLast().get("manifest_sha256")).as("the last edition names the manifest present")
            .isEqualTo(Sha256.of(editions.resolveSibling("manifest.json")));
        rows.forEach(row -> {
            row.remove("job_execution_id");
            row.remove("manifest_sha256");
        });
        return rows;
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(folder::relativize).sorted().toList();
        }
    }

}
