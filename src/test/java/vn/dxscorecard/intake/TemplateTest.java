package vn.dxscorecard.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dxscorecard.support.JobHarness;
import vn.dxscorecard.support.Stderr;

/**
 * {@code --template}: what reporting officers get, and that the job takes it back once
 * filled in.
 */
class TemplateTest {

    private static final String PERIOD = "2025-Q4";

    @TempDir
    Path tmp;

    @Test
    void writesOneTemplatePerUnitThatReportsWithItsIndicatorsAndNoDatabase() throws IOException {
        JobHarness harness = new JobHarness(tmp);
        assertThat(harness.run("--template", "--period=" + PERIOD)).isZero();
        Path dir = templates(harness);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList()).hasSize(34 + 17 + 1)
                .contains("01_2025-Q4.csv", "80_2025-Q4.csv", "BTC_2025-Q4.csv", "QG_2025-Q4.csv")
                .doesNotContain("72_2025-Q4.csv", "BKHDT_2025-Q4.csv");
        }
        assertThat(harness.data().resolve("dx-scorecard.mv.db")).as("no database").doesNotExist();

        String text = Files.readString(dir.resolve("80_2025-Q4.csv"), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFunit_code,period,indicator_code,value,note\r\n")
            .contains("80,2025-Q4,HT_THON_CAP_QUANG,,Tỷ lệ thôn bản có cáp quang\r\n");
        Map<String, String> names = indicatorNames();
        List<Map<String, String>> rows = JobHarness.readCsv(dir.resolve("80_2025-Q4.csv"));
        assertThat(rows).hasSize(19).allSatisfy(r -> {
            assertThat(r.get("unit_code")).isEqualTo("80");
            assertThat(r.get("period")).isEqualTo(PERIOD);
            assertThat(r.get("value")).isEmpty();
            assertThat(r.get("note")).isEqualTo(names.get(r.get("indicator_code")));
        });
        assertThat(JobHarness.readCsv(dir.resolve("BTC_2025-Q4.csv"))).hasSize(10);
        assertThat(JobHarness.readCsv(dir.resolve("QG_2025-Q4.csv"))).extracting(r -> r.get("indicator_code"))
            .hasSize(8)
            .contains("CP_EGDI_XEP_HANG", "HT_5G_THUONG_MAI");
    }

    @Test
    void filledTemplatesAreAcceptedAndScoredAlsoAsExcelSavesThem() throws IOException {
        JobHarness harness = new JobHarness(tmp);
        assertThat(harness.run("--template", "--period=" + PERIOD)).isZero();
        Map<String, String> units = indicatorUnits();
        try (Stream<Path> files = Files.list(templates(harness))) {
            for (Path template : files.toList()) {
                boolean excel = template.getFileName().toString().startsWith("01_");
                fill(template, harness.input().resolve(template.getFileName()), units, excel);
            }
        }
        assertThat(harness.run("--period=" + PERIOD)).isZero();

        List<Map<String, String>> files = JobHarness.readCsv(harness.periodDir(PERIOD).resolve("validation/files.csv"));
        assertThat(files).hasSize(52).allSatisfy(f -> {
            assertThat(f.get("status")).as(f.get("file")).isEqualTo("accepted");
            assertThat(f.get("rows_rejected")).as(f.get("file")).isEqualTo("0");
        });
        assertThat(JobHarness.readCsv(harness.periodDir(PERIOD).resolve("validation/rejections.csv"))).isEmpty();
        List<Map<String, String>> rankings = JobHarness.readCsv(harness.periodDir(PERIOD).resolve("rankings.csv"));
        assertThat(rankings).hasSize(51).allSatisfy(r -> assertThat(r.get("status")).isEqualTo("ranked"));
        List<Map<String, String>> scores = JobHarness.readCsv(harness.periodDir(PERIOD).resolve("scores.csv"));
        assertThat(scores)
            .allSatisfy(s -> assertThat(s.get("value")).as("%s %s", s.get("unit_code"), s.get("indicator_code"))
                .isEqualTo(expected(units.get(s.get("indicator_code")))));
        assertThat(scores).anyMatch(s -> s.get("unit_code").equals("QG"))
            .anyMatch(s -> s.get("unit_code").equals("01"));
    }

    @Test
    void oneUnitCaseInsensitive() throws IOException {
        JobHarness harness = new JobHarness(tmp);
        assertThat(harness.run("--template", "--period=" + PERIOD, "--unit=bxd")).isZero();
        try (Stream<Path> files = Files.list(templates(harness))) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).containsExactly("BXD_2025-Q4.csv");
        }
    }

    @Test
    void aUnitThatCannotReportIsRefusedNamingTheCodeToUse() throws IOException {
        JobHarness harness = new JobHarness(tmp);
        assertThat(refused(harness, "--period=" + PERIOD, "--unit=72"))
            .contains("Unit 72 (Tỉnh Tây Ninh) is not valid on 2025-12-31")
            .contains("Use --unit=80.");
        assertThat(refused(harness, "--period=" + PERIOD, "--unit=BKHDT")).contains("replaced by BTC (Bộ Tài chính)")
            .contains("Use --unit=BTC.");
        assertThat(refused(harness, "--period=" + PERIOD, "--unit=ZZ")).contains("unknown unit 'ZZ'");
        assertThat(refused(harness, "--period=2027-Q1")).contains("no targets for 2027");
        assertThat(harness.output().resolve(PERIOD)).doesNotExist();
    }

    /** The value written into each template: a valid value of the indicator's unit. */
    private static String value(String unit, boolean excel) {
        return switch (unit) {
            case "percent" -> excel ? "87,5%" : "87.5";
            case "count" -> "3";
            case "rank" -> "40";
            case "boolean" -> excel ? "Có" : "có";
            default -> throw new IllegalArgumentException(unit);
        };
    }

    private static String expected(String unit) {
        return switch (unit) {
            case "percent" -> "87.5";
            case "count" -> "3";
            case "rank" -> "40";
            default -> "1";
        };
    }

    /**
     * Fills a template. {@code excel}: as Excel on Vietnamese Windows saves "CSV UTF-8"
     * after the sheet was opened: list separator {@code ;}, decimal comma, and the
     * province code turned into a number ({@code 01} → {@code 1}).
     */
    private static void fill(Path template, Path target, Map<String, String> units, boolean excel) throws IOException {
        List<Map<String, String>> rows = JobHarness.readCsv(template);
        String separator = excel ? ";" : ",";
        StringBuilder out = new StringBuilder(excel ? "\uFEFF" : "")
            .append(String.join(separator, "unit_code", "period", "indicator_code", "value", "note"))
            .append("\r\n");
        for (Map<String, String> row : rows) {
            String unit = excel ? row.get("unit_code").replaceFirst("^0+", "") : row.get("unit_code");
            String note = "\"" + row.get("note").replace("\"", "\"\"") + "\"";
            out.append(String.join(separator, unit, row.get("period"), row.get("indicator_code"),
                    value(units.get(row.get("indicator_code")), excel), note))
                .append("\r\n");
        }
        Files.writeString(target, out, StandardCharsets.UTF_8);
    }

    private static Path templates(JobHarness harness) {
        return harness.periodDir(PERIOD).resolve(TemplateWriter.FOLDER);
    }

    private static Map<String, String> indicatorNames() throws IOException {
        return indicatorColumn("name_vi");
    }

    private static Map<String, String> indicatorUnits() throws IOException {
        return indicatorColumn("unit");
    }

    private static Map<String, String> indicatorColumn(String column) throws IOException {
        Map<String, String> values = new HashMap<>();
        try (CSVParser parser = CSVParser.parse(Path.of("src/main/resources/reference/indicators.csv"),
                StandardCharsets.UTF_8, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            parser.forEach(r -> values.put(r.get("code"), r.get(column)));
        }
        return values;
    }

    private static String refused(JobHarness harness, String... options) {
        List<String> args = new ArrayList<>(List.of("--template"));
        args.addAll(List.of(options));
        Stderr launch = Stderr.of(() -> harness.run(args.toArray(String[]::new)));
        assertThat(launch.code()).as(launch.text()).isEqualTo(2);
        return launch.text();
    }

}
