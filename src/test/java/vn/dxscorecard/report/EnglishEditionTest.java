package vn.dxscorecard.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dxscorecard.support.JobHarness;
import vn.dxscorecard.support.PdfA;
import vn.dxscorecard.support.PdfFiles;

/**
 * The English edition (SPEC §6, {@code dx.report.languages=vi,en}) on the sample: the
 * same documents beside the Vietnamese ones, with no Vietnamese label left, English
 * numbers and dates, archival like the rest; and gone again when English is no longer
 * asked for.
 */
class EnglishEditionTest {

    @TempDir
    static Path workspace;

    static JobHarness job;

    static Path q3;

    @BeforeAll
    static void runWithEnglish() throws IOException {
        job = new JobHarness(workspace).withSample("2025-Q2", "2025-Q3");
        assertThat(job.run("--period=2025-Q2")).isZero();
        assertThat(job.run("--period=2025-Q3", "--dx.report.languages=vi,en")).isZero();
        q3 = job.periodDir("2025-Q3");
    }

    @Test
    void everyScorecardAndTheSummaryHaveAnEnglishTwinInTheManifest() throws IOException {
        List<Map<String, String>> ranked = JobHarness.readCsv(q3.resolve("rankings.csv"))
            .stream()
            .filter(r -> r.get("status").equals("ranked"))
            .toList();
        String manifest = Files.readString(q3.resolve("manifest.json"));
        try (Stream<Path> vi = Files.list(q3.resolve("scorecards"))) {
            for (Path pdf : vi.filter(p -> p.toString().endsWith(".pdf")).toList()) {
                Path en = q3.resolve("scorecards/en").resolve(pdf.getFileName());
                assertThat(en).isRegularFile();
                assertThat(manifest).contains("\"scorecards/en/" + pdf.getFileName() + "\"");
            }
        }
        try (Stream<Path> en = Files.list(q3.resolve("scorecards/en"))) {
            assertThat(en.count()).isEqualTo(ranked.size());
        }
        assertThat(q3.resolve("national-summary.en.pdf")).isRegularFile();
        assertThat(manifest).contains("\"national-summary.en.pdf\"");
    }

    @Test
    void theEnglishTextHasNoVietnameseLabelAndWritesNumbersAndDatesTheEnglishWay() throws IOException {
        List<String> labels = vietnameseLabels();
        assertThat(labels).hasSizeGreaterThan(100);
        for (Path pdf : List.of(q3.resolve("scorecards/en/01-thanh-pho-ha-noi.pdf"),
                q3.resolve("national-summary.en.pdf"))) {
            String text = PdfFiles.text(pdf).replaceAll("\\s+", " ");
            for (String label : labels) {
                assertThat(text).as("%s holds the Vietnamese label '%s'", pdf.getFileName(), label)
                    .doesNotContain(label);
            }
            assertThat(text).contains("Q3 2025");
        }
        // The short labels (classes, statuses) as whole words, on a scorecard: it quotes
        // no
        // Vietnamese source.
        String scorecard = PdfFiles.text(q3.resolve("scorecards/en/01-thanh-pho-ha-noi.pdf"));
        for (String key : List.of("classification.GOOD", "classification.FAIR", "classification.WEAK",
                "indicator.status.ACHIEVED", "indicator.status.NOT_REPORTED", "pdf.boolean.true")) {
            String label = load("messages_vi.properties").getProperty(key);
            assertThat(scorecard).as(label).doesNotContainPattern("(?U)\\b" + Pattern.quote(label) + "\\b");
        }
        Map<String, String> hanoi = JobHarness.row(JobHarness.readCsv(q3.resolve("rankings.csv")), "unit_code", "01");
        String page1 = PdfFiles.pageText(q3.resolve("scorecards/en/01-thanh-pho-ha-noi.pdf"), 1)
            .replaceAll("\\s+", " ");
        assertThat(page1).contains("OVERALL SCORE", hanoi.get("overall"), "Thành phố Hà Nội",
                "when each pillar is left out in turn", "points if the target is met");
        String vietnamese = PdfFiles.pageText(q3.resolve("scorecards/01-thanh-pho-ha-noi.pdf"), 1);
        assertThat(vietnamese).contains(hanoi.get("overall").replace('.', ','));
        String summary = PdfFiles.text(q3.resolve("national-summary.en.pdf")).replaceAll("\\s+", " ");
        assertThat(summary).contains("Map of the provinces", "Rank range", "October 2025", "Villages reached by fibre");
    }

    @Test
    void theEnglishPdfsArePdfA2b() throws IOException {
        for (Path pdf : List.of(q3.resolve("scorecards/en/01-thanh-pho-ha-noi.pdf"),
                q3.resolve("national-summary.en.pdf"))) {
            assertThat(PdfA.validate(pdf).compliant()).as(pdf.toString()).isTrue();
        }
    }

    @Test
    void withoutEnglishTheNextEditionRemovesTheEnglishFiles(@TempDir Path other) throws IOException {
        JobHarness again = new JobHarness(other).withSample("2025-Q3");
        assertThat(again.run("--period=2025-Q3", "--dx.report.languages=vi,en")).isZero();
        assertThat(again.periodDir("2025-Q3").resolve("national-summary.en.pdf")).isRegularFile();
        assertThat(again.run("--period=2025-Q3", "--rerun")).isZero();
        assertThat(again.periodDir("2025-Q3").resolve("national-summary.en.pdf")).doesNotExist();
        Path en = again.periodDir("2025-Q3").resolve("scorecards/en");
        if (Files.exists(en)) {
            try (Stream<Path> files = Files.list(en)) {
                assertThat(files.toList()).isEmpty();
            }
        }
        assertThat(Files.readString(again.periodDir("2025-Q3").resolve("manifest.json"))).doesNotContain(".en.pdf")
            .doesNotContain("scorecards/en/");
    }

    @Test
    void englishAloneOrAnUnknownLanguageIsABadSetting(@TempDir Path other) throws IOException {
        JobHarness bad = new JobHarness(other).withSample("2025-Q3");
        assertThat(bad.run("--period=2025-Q3", "--dx.report.languages=en")).isEqualTo(2);
        assertThat(bad.run("--period=2025-Q3", "--dx.report.languages=vi,fr")).isEqualTo(2);
        assertThat(bad.periodDir("2025-Q3")).doesNotExist();
    }

    /**
     * The Vietnamese texts of the PDFs' labels, cut at their arguments: each piece long
     * enough to be a label rather than a word a name could hold.
     */
    private static List<String> vietnameseLabels() throws IOException {
        Properties vi = load("messages_vi.properties");
        Properties en = load("messages_en.properties");
        List<String> labels = new ArrayList<>();
        for (String key : vi.stringPropertyNames()) {
            boolean pdf = key.startsWith("pdf.") || key.startsWith("classification.")
                    || key.startsWith("indicator.status.") || key.startsWith("change-band.")
                    || key.startsWith("file.status.");
            if (!pdf || vi.getProperty(key).equals(en.getProperty(key))) {
                continue;
            }
            for (String piece : vi.getProperty(key).replace("''", "'").split("\\{\\d+}")) {
                String label = piece.strip().replaceAll("\\s+", " ");
                if (label.codePoints().filter(Character::isLetter).count() >= 8
                        && label.codePoints().anyMatch(c -> Character.isLetter(c) && c > 127)) {
                    labels.add(label);
                }
            }
        }
        return labels;
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = EnglishEditionTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

}
