package vn.dxscorecard.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dxscorecard.support.JobHarness;
import vn.dxscorecard.support.PdfFiles;
import vn.dxscorecard.support.Snapshot;
import vn.dxscorecard.support.SpecCalculator;

/**
 * The current year (issue 25): the shipped catalogue {@code 2024-2026.1} scores 2026 as
 * SPEC §4, §5 and §8 say — generated files for 2026-Q1 and 2026-Q2, provisional then
 * final, the change since 2025-Q4 across the year boundary, the retired and the new
 * national indicator, templates for the year, a new catalogue as new input before and
 * after the deadline, an upgrade that leaves 2025's final editions as they are, and a
 * quarter nobody has reported yet.
 */
class Year2026Test {

    private static final Path CATALOGUE = Path.of("src/main/resources/reference");

    /** Units with a file in each generated quarter, with their kind. */
    private static final Map<String, String> UNITS = Map.of("01", "province", "79", "province", "46", "province", "BCT",
            "ministry", "BTC", "ministry", "QG", "national");

    @TempDir
    Path root;

    @Test
    void theShippedCatalogueIs2024To2026() throws IOException {
        assertThat(Files.readString(CATALOGUE.resolve("VERSION")).strip()).isEqualTo("2024-2026.1");
        assertThat(catalogue()).filteredOn(i -> i.get("code").equals("HT_5G_PHU_SONG_DAN_SO"))
            .singleElement()
            .satisfies(i -> assertThat(i.get("target_2026")).isEqualTo("70"));
        // the team's reference beside the checkout, where there is one (CI has it):
        // copied
        // unchanged
        Path shared = Path.of("../shared/reference/indicators.csv");
        if (Files.isRegularFile(shared)) {
            assertThat(Files.readString(CATALOGUE.resolve("indicators.csv"))).isEqualTo(Files.readString(shared));
        }
    }

    @Test
    void q1AndQ2Of2026ScoreAsSpecSaysProvisionalThenFinal() throws IOException {
        JobHarness job = new JobHarness(root).withSample("2025-Q4");
        assertThat(job.run("--period=2025-Q4", "--dx.clock=2026-01-16T02:00:00+07:00")).isZero();
        generate(job, "2026-Q1", 0);

        assertThat(job.run("--period=2026-Q1", "--dx.clock=2026-04-05T02:00:00+07:00")).isZero();
        assertThat(manifest(job, "2026-Q1")).contains("\"status\" : \"provisional\"", "\"version\" : \"2024-2026.1\"");
        checkScores(job, "2026-Q1", "2025-Q4");
        Map<String, String> coverage = score(job, "2026-Q1", "QG", "HT_5G_PHU_SONG_DAN_SO");
        assertThat(coverage).containsEntry("target", "70").containsEntry("milestone", "17.50");
        // retired in 2026: the row is accepted, shown without a target, and not scored
        assertThat(JobHarness.readCsv(job.periodDir("2026-Q1").resolve("scores.csv")))
            .noneMatch(row -> row.get("indicator_code").equals("HT_5G_THUONG_MAI"));
        String national = PdfFiles.text(job.periodDir("2026-Q1").resolve("national-summary.pdf"))
            .replaceAll("\\s+", " ");
        assertThat(national).containsPattern("Dịch vụ 5G được thương mại hóa[^%]{0,80}Chưa có chỉ tiêu");
        assertThat(JobHarness.row(JobHarness.readCsv(job.periodDir("2026-Q1").resolve("validation/files.csv")), "file",
                "QG_2026-Q1.csv"))
            .containsEntry("status", "accepted")
            .containsEntry("rows_rejected", "0");
        // the milestones start from the 2025 targets: 60 → 64, a quarter of the way
        assertThat(score(job, "2026-Q1", "01", "CP_HO_SO_TRUC_TUYEN")).containsEntry("target", "64")
            .containsEntry("milestone", "61.00");

        assertThat(job.run("--period=2026-Q1", "--dx.clock=2026-04-16T02:00:00+07:00")).isZero();
        assertThat(manifest(job, "2026-Q1")).contains("\"status\" : \"final\"", "\"edition\" : 2");

        generate(job, "2026-Q2", 1);
        assertThat(job.run("--period=2026-Q2", "--dx.clock=2026-07-05T02:00:00+07:00")).isZero();
        checkScores(job, "2026-Q2", "2026-Q1");
        assertThat(score(job, "2026-Q2", "01", "CP_HO_SO_TRUC_TUYEN")).containsEntry("milestone", "62.00");
        assertThat(job.run("--period=2026-Q2", "--dx.clock=2026-07-16T02:00:00+07:00")).isZero();
        assertThat(manifest(job, "2026-Q2")).contains("\"status\" : \"final\"");
    }

    @Test
    void aTemplateListsTheIndicatorsWithATargetThatYear() throws IOException {
        JobHarness job = new JobHarness(root);
        assertThat(job.run("--template", "--period=2026-Q1", "--unit=QG")).isZero();
        assertThat(job.run("--template", "--period=2025-Q4", "--unit=QG")).isZero();
        String in2026 = Files.readString(job.periodDir("2026-Q1").resolve("templates/QG_2026-Q1.csv"));
        String in2025 = Files.readString(job.periodDir("2025-Q4").resolve("templates/QG_2025-Q4.csv"));
        assertThat(in2026).contains("HT_5G_PHU_SONG_DAN_SO").doesNotContain("HT_5G_THUONG_MAI");
        assertThat(in2025).contains("HT_5G_THUONG_MAI").doesNotContain("HT_5G_PHU_SONG_DAN_SO");
    }

    @Test
    void aNewCatalogueIsNewInputWhileThePeriodIsOpenAndNeedsRerunOnceFinal() throws IOException {
        JobHarness job = new JobHarness(root);
        generate(job, "2026-Q1", 0);
        Path catalogue = copyOfTheCatalogue("catalogue");
        String[] withIt = { "--period=2026-Q1", "--catalogue=" + catalogue };
        assertThat(job.run(concat(withIt, "--dx.clock=2026-04-05T02:00:00+07:00"))).isZero();

        officialTargets(catalogue, "2024-2026.2", "70", "75");
        String log = launch(job, concat(withIt, "--dx.clock=2026-04-06T02:00:00+07:00"));
        assertThat(log)
            .contains("Starting 2026-Q1 edition 2 (provisional): catalogue changed: 2024-2026.1 → 2024-2026.2");
        assertThat(score(job, "2026-Q1", "QG", "HT_5G_PHU_SONG_DAN_SO")).containsEntry("target", "75");
        assertThat(manifest(job, "2026-Q1")).contains("\"version\" : \"2024-2026.2\"");

        // unchanged: nothing to do
        assertThat(launch(job, concat(withIt, "--dx.clock=2026-04-07T02:00:00+07:00"))).contains("nothing to do");
        // after the deadline: the final edition
        assertThat(job.run(concat(withIt, "--dx.clock=2026-04-16T02:00:00+07:00"))).isZero();
        assertThat(manifest(job, "2026-Q1")).contains("\"status\" : \"final\"", "\"edition\" : 3");

        officialTargets(catalogue, "2024-2026.3", "75", "80");
        String closed = launch(job, concat(withIt, "--dx.clock=2026-04-17T02:00:00+07:00"));
        assertThat(closed).contains("2026-Q1: nothing to do: edition 3 (final)",
                "2026-Q1 stays as published: catalogue changed: 2024-2026.2 → 2024-2026.3");
        assertThat(JobHarness.readCsv(job.periodDir("2026-Q1").resolve("editions.csv"))).hasSize(3);

        assertThat(job.run(concat(withIt, "--dx.clock=2026-04-18T02:00:00+07:00", "--rerun"))).isZero();
        assertThat(manifest(job, "2026-Q1")).contains("\"status\" : \"correction\"", "\"version\" : \"2024-2026.3\"");
        assertThat(score(job, "2026-Q1", "QG", "HT_5G_PHU_SONG_DAN_SO")).containsEntry("target", "80");
    }

    @Test
    void theUpgradeLeaves2025AsPublishedAndAQuarterNobodyReportedIsPublishedCleanly() throws Exception {
        JobHarness job = new JobHarness(root).withSample("2025-Q3", "2025-Q4");
        Path old = copyOfTheCatalogue("catalogue-2024-2025.1");
        withoutTheYear2026(old);
        assertThat(job.run("--period=2025-Q3", "--catalogue=" + old, "--dx.clock=2025-10-16T02:00:00+07:00")).isZero();
        assertThat(job.run("--period=2025-Q4", "--catalogue=" + old, "--dx.clock=2026-01-16T02:00:00+07:00")).isZero();
        Map<String, Snapshot> before = Map.of("2025-Q3", Snapshot.of(job.periodDir("2025-Q3")), "2025-Q4",
                Snapshot.of(job.periodDir("2025-Q4")));

        // the first nightly launch of the new release, on today's calendar, on an empty
        // drop folder for 2026
        String log = launch(job, "--dx.clock=2026-12-03T02:00:00+07:00");
        for (String period : List.of("2025-Q3", "2025-Q4")) {
            assertThat(Snapshot.of(job.periodDir(period))).as(period + " untouched").isEqualTo(before.get(period));
        }
        assertThat(log).contains("Starting 2026-Q3 edition 1 (final): first edition")
            .containsPattern("Summary 2026-Q3 edition 1 \\(final, first edition\\): job execution \\d+ COMPLETED;"
                    + " files 0; rows accepted 0, rejected 0; units ranked 0, not submitted \\d+;")
            .doesNotContain("files 0 ()");
        String summary = PdfFiles.text(job.periodDir("2026-Q3").resolve("national-summary.pdf"))
            .replaceAll("\\s+", " ");
        assertThat(summary).contains("Chưa có đơn vị nào nộp báo cáo Quý 3/2026");
        assertThat(JobHarness.readCsv(job.periodDir("2026-Q3").resolve("rankings.csv")))
            .allSatisfy(row -> assertThat(row).containsEntry("status", "not_submitted"));
    }

    @Test
    void officersAreRemindedBeforeTheDeadlineOfAQuarterNobodyReported() throws IOException {
        JobHarness job = new JobHarness(root);
        Path recipients = Files.writeString(root.resolve("recipients.csv"), """
                unit_code,role,name,email
                01,officer,Cán bộ báo cáo Hà Nội,canbo.01@example.org
                """);
        assertThat(job.run("--period=2026-Q3", "--recipients=" + recipients, "--dx.delivery.mode=eml",
                "--dx.delivery.from=chuyendoiso@example.gov.vn", "--dx.clock=2026-10-12T02:00:00+07:00"))
            .isZero();
        try (Stream<Path> outbox = Files.list(job.periodDir("2026-Q3").resolve("outbox"))) {
            assertThat(outbox.map(p -> p.getFileName().toString())).singleElement()
                .asString()
                .startsWith("reminder-01-");
        }
    }

    /**
     * Each unit's overall score and change since {@code previous} against an independent
     * computation of SPEC §5.
     */
    private static void checkScores(JobHarness job, String period, String previous) throws IOException {
        SpecCalculator spec = new SpecCalculator();
        List<Map<String, String>> rankings = JobHarness.readCsv(job.periodDir(period).resolve("rankings.csv"));
        List<Map<String, String>> before = JobHarness.readCsv(job.periodDir(previous).resolve("rankings.csv"));
        for (Map.Entry<String, String> unit : UNITS.entrySet()) {
            if (unit.getValue().equals("national")) {
                continue;
            }
            Map<String, String> row = JobHarness.row(rankings, "unit_code", unit.getKey());
            String expected = spec
                .score(job.input().resolve(unit.getKey() + "_" + period + ".csv"), unit.getValue(), 2026)
                .rounded();
            assertThat(row).as(unit.getKey()).containsEntry("overall", expected).containsEntry("status", "ranked");
            Map<String, String> then = JobHarness.row(before, "unit_code", unit.getKey());
            if (then.get("status").equals("ranked")) {
                assertThat(row).containsEntry("previous_overall", then.get("overall"))
                    .containsEntry("overall_change",
                            new BigDecimal(expected).subtract(new BigDecimal(then.get("overall"))).toPlainString())
                    .containsEntry("previous_rank", then.get("rank"))
                    .containsEntry("rank_change",
                            String.valueOf(Integer.parseInt(then.get("rank")) - Integer.parseInt(row.get("rank"))));
            }
        }
    }

    /**
     * One file per unit of {@link #UNITS} with a value for every indicator that applies
     * to it (and, for QG, the retired 5G indicator too): percentages at a share of the
     * target that differs by unit and quarter, counts and ranks a step off, booleans met.
     */
    private static void generate(JobHarness job, String period, int quarterShift) throws IOException {
        List<CSVRecord> indicators = catalogue();
        int unitIndex = 0;
        for (Map.Entry<String, String> unit : new TreeMap<>(UNITS).entrySet()) {
            StringBuilder file = new StringBuilder("unit_code,period,indicator_code,value,note\n");
            for (CSVRecord indicator : indicators) {
                if (!List.of(indicator.get("applies_to").split(";")).contains(unit.getValue())) {
                    continue;
                }
                String target = indicator.get("target_2026").isEmpty() ? indicator.get("target_2025")
                        : indicator.get("target_2026");
                if (target.isEmpty()) {
                    continue;
                }
                BigDecimal share = new BigDecimal("0.55").add(new BigDecimal("0.07")
                    .multiply(BigDecimal.valueOf((unitIndex + quarterShift + indicator.getRecordNumber()) % 7)));
                String value = switch (indicator.get("unit")) {
                    case "boolean" -> "1";
                    case "percent" ->
                        new BigDecimal(target).multiply(share).setScale(1, RoundingMode.HALF_UP).toPlainString();
                    default -> indicator.get("direction").equals("lower")
                            ? new BigDecimal(target).add(BigDecimal.valueOf(1 + unitIndex % 3)).toPlainString()
                            : new BigDecimal(target).multiply(share).setScale(0, RoundingMode.HALF_UP).toPlainString();
                };
                file.append(unit.getKey())
                    .append(',')
                    .append(period)
                    .append(',')
                    .append(indicator.get("code"))
                    .append(',')
                    .append(value)
                    .append(",\n");
            }
            job.withFile(unit.getKey() + "_" + period + ".csv", file.toString());
            unitIndex++;
        }
    }

    private static List<CSVRecord> catalogue() throws IOException {
        try (Reader in = Files.newBufferedReader(CATALOGUE.resolve("indicators.csv"), StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(in,
                        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        }
    }

    private Path copyOfTheCatalogue(String name) throws IOException {
        Path copy = Files.createDirectories(root.resolve(name));
        for (String file : List.of("pillars.csv", "indicators.csv", "VERSION")) {
            Files.copy(CATALOGUE.resolve(file), copy.resolve(file));
        }
        return copy;
    }

    /**
     * The official figure replaces one 2026 target: the operator installs a new version.
     */
    private static void officialTargets(Path catalogue, String version, String from, String to) throws IOException {
        Path indicators = catalogue.resolve("indicators.csv");
        String text = Files.readString(indicators, StandardCharsets.UTF_8);
        String before = ",national,1,0,0,,," + from + ",";
        assertThat(text).contains(before);
        Files.writeString(indicators, text.replace(before, ",national,1,0,0,,," + to + ","), StandardCharsets.UTF_8);
        Files.writeString(catalogue.resolve("VERSION"), version + "\n");
    }

    /** The catalogue as it was shipped before: no 2026 column. */
    private static void withoutTheYear2026(Path catalogue) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(catalogue.resolve("indicators.csv"), StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(in,
                        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<String> header = new ArrayList<>(parser.getHeaderNames());
            header.remove("target_2026");
            lines.add(String.join(",", header));
            for (CSVRecord record : parser) {
                if (record.get("target_2024").isEmpty() && record.get("target_2025").isEmpty()) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (String column : header) {
                    String cell = record.get(column);
                    cells.add(cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\""
                            : cell);
                }
                lines.add(String.join(",", cells));
            }
        }
        Files.writeString(catalogue.resolve("indicators.csv"), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        Files.writeString(catalogue.resolve("VERSION"), "2024-2025.1\n");
    }

    private static Map<String, String> score(JobHarness job, String period, String unit, String indicator)
            throws IOException {
        return JobHarness.readCsv(job.periodDir(period).resolve("scores.csv"))
            .stream()
            .filter(row -> row.get("unit_code").equals(unit) && row.get("indicator_code").equals(indicator))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no score of " + unit + " " + indicator + " in " + period));
    }

    private static String manifest(JobHarness job, String period) throws IOException {
        return Files.readString(job.periodDir(period).resolve("manifest.json"));
    }

    /** A launch that must complete, and what it logged. */
    private static String launch(JobHarness job, String... options) throws IOException {
        JobHarness.Logged launch = job.runLogged(options);
        assertThat(launch.code()).as(launch.log()).isZero();
        return launch.log();
    }

    private static String[] concat(String[] a, String... b) {
        List<String> all = new ArrayList<>(List.of(a));
        all.addAll(List.of(b));
        return all.toArray(String[]::new);
    }

}
