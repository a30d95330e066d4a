package vn.dxscorecard.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import vn.dxscorecard.reference.RegistryUnit;
import vn.dxscorecard.report.pdf.NationalSummaryPdf;
import vn.dxscorecard.report.pdf.ScorecardPdf;
import vn.dxscorecard.shared.Sha256;

/**
 * A period folder as published: its files by the paths its manifest lists, each read back
 * only when its bytes still have the manifest's SHA-256. What is mailed is then exactly
 * what was published (SPEC §9), never a file changed or swapped since.
 */
public final class Publication {

    public static final Path RANKINGS = Path.of(RankingsCsvWriter.FILE);

    public static final Path NATIONAL_SUMMARY = NationalSummaryPdf.FILE;

    private final Path periodDir;

    private final Map<String, String> sha256ByPath;

    private Publication(Path periodDir, Map<String, String> sha256ByPath) {
        this.periodDir = periodDir;
        this.sha256ByPath = sha256ByPath;
    }

    /** The publication in {@code periodDir}, as its manifest describes it. */
    public static Publication of(Path periodDir) throws IOException {
        Map<String, String> sha256ByPath = new HashMap<>();
        Manifest.of(periodDir)
            .ifPresent(manifest -> manifest.outputs()
                .forEach(output -> sha256ByPath.put(output.path(), String.valueOf(output.sha256()))));
        return new Publication(periodDir, sha256ByPath);
    }

    public static Path scorecard(RegistryUnit unit) {
        return ScorecardPdf.file(unit);
    }

    /** {@code validation/<UNIT>.csv}: the unit's own files and rejections. */
    public static Path unitValidation(String unitCode) {
        return Path.of(ValidationReportWriter.FOLDER, unitCode + ".csv");
    }

    /**
     * The published bytes of {@code file} (relative to the period folder), or empty when
     * the manifest does not list it, it is not a regular file, it is larger than
     * {@code maxBytes} or its bytes are no longer the ones published.
     */
    public Optional<byte[]> read(Path file, long maxBytes) throws IOException {
        String expected = sha256ByPath.get(file.toString().replace('\\', '/'));
        Path path = periodDir.resolve(file);
        if (expected == null || !Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (bytes.length > maxBytes || !Sha256.of(bytes).equals(expected)) {
            return Optional.empty();
        }
        return Optional.of(bytes);
    }

}
