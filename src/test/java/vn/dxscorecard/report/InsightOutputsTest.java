package vn.dxscorecard.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.BufferedReader;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dxscorecard.support.JobHarness;
import vn.dxscorecard.support.PdfFiles;
import vn.dxscorecard.support.SpecCalculator;

/**
 * The insight of SPEC §5 and §6 end to end on the shipped sample, quarters 2 to 4 of
 * 2025: every new CSV cell against a computation of this test's own (from the published
 * values, the catalogue and the registry files, with none of the product's code), and the
 * PDFs read back.
 */
class InsightOutputsTest {

    private static final List<String> PERIODS = List.of("2025-Q2", "2025-Q3", "2025-Q4");

    @TempDir
    static Path workspace;

    static JobHarness job;

    static SpecCalculator spec;

    static List<CSVRecord> registry = new ArrayList<>();

    @BeforeAll
    static void runTheSampleYear() throws IOException {
        job = new JobHarness(workspace).withSample(PERIODS.toArray(String[]::new));
        for (String period : PERIODS) {
            assertThat(job.run("--period=" + period)).isZero();
        }
        spec = new SpecCalculator();
        for (String file : List.of("provinces.csv", "ministries.csv")) {
            try (BufferedReader reader = Files.newBufferedReader(Path.of("src/main/resources/reference", file),
                    StandardCharsets.UTF_8)) {
                registry.addAll(CSVFormat.RFC4180.builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords());
            }
        }
    }

    @Test
    void everyGainIfMetIsTheClosedFormOnThePublishedValues() throws IOException {
        for (String period : PERIODS) {
            Map<String, String> kinds = kinds(period);
            Map<String, Map<String, String>> values = values(period);
            for (Map<String, String> row : scores(period)) {
                String unit = row.get("unit_code");
                String expected = "";
                if (!unit.equals("QG")) {
                    SpecCalculator.Result result = spec.scoreValues(values.get(unit), kinds.get(unit), 2025);
                    expected = text(spec.gainIfMet(result, row.get("indicator_code")));
                }
                assertThat(row.get("gain_if_met")).as("%s %s %s", period, unit, row.get("indicator_code"))
                    .isEqualTo(expected);
            }
        }
    }

    @Test
    void everyRankRangeIsTheRankingWithEachPillarLeftOutInTurn() throws IOException {
        for (String period : PERIODS) {
            List<Map<String, String>> rankings = rankings(period);
            Map<String, Map<String, String>> values = values(period);
            for (String group : List.of("province", "ministry")) {
                List<Map<String, String>> ranked = rankings.stream()
                    .filter(r -> r.get("group").equals(group) && r.get("status").equals("ranked"))
                    .toList();
                Map<String, SpecCalculator.Result> results = new LinkedHashMap<>();
                ranked.forEach(r -> results.put(r.get("unit_code"),
                        spec.scoreValues(values.get(r.get("unit_code")), group, 2025)));
                Map<String, int[]> ranges = new HashMap<>();
                ranked.forEach(r -> ranges.put(r.get("unit_code"),
                        new int[] { Integer.parseInt(r.get("rank")), Integer.parseInt(r.get("rank")) }));
                List<String> pillars = results.values().iterator().next().pillarScores().keySet().stream().toList();
                for (String pillar : pillars.size() > 1 ? pillars : List.<String>of()) {
                    Map<String, BigDecimal> without = new HashMap<>();
                    results.forEach((code, result) -> without.put(code,
                            spec.overallWithout(result, pillar).setScale(2, RoundingMode.HALF_UP)));
                    without.forEach((code, score) -> {
                        int rank = 1
                                + (int) without.values().stream().filter(other -> other.compareTo(score) > 0).count();
                        int[] range = ranges.get(code);
                        range[0] = Math.min(range[0], rank);
                        range[1] = Math.max(range[1], rank);
                    });
                }
                for (Map<String, String> r : rankings.stream().filter(r -> r.get("group").equals(group)).toList()) {
                    int[] range = ranges.get(r.get("unit_code"));
                    assertThat(List.of(r.get("rank_min"), r.get("rank_max"))).as("%s %s", period, r.get("unit_code"))
                        .isEqualTo(range == null ? List.of("", "")
                                : List.of(String.valueOf(range[0]), String.valueOf(range[1])));
                }
            }
            assertThat(rankings).as("ranges differ from the rank somewhere in %s", period)
                .anyMatch(r -> !r.get("rank_min").equals(r.get("rank_max")));
        }
    }

    @Test
    void everyProjectionIsTheLineThroughTheLatestTwoQuartersOfTheYear() throws IOException {
        Map<String, Map<String, Map<String, String>>> byPeriod = new HashMap<>();
        for (String period : PERIODS) {
            byPeriod.put(period, values(period));
        }
        int projected = 0;
        for (String period : PERIODS) {
            int q = period.charAt(6) - '0';
            for (Map<String, String> row : scores(period)) {
                String unit = row.get("unit_code");
                String indicator = row.get("indicator_code");
                Map<String, String> catalogue = spec.indicator(indicator);
                // Points of Q1..q: no Q1 is published; Q2 from the unit's single
                // predecessor on 2025-06-30, Q3 and Q4 from its own row.
                List<BigDecimal> points = new ArrayList<>();
                points.add(null);
                for (int earlier = 2; earlier < q; earlier++) {
                    String source = singlePredecessor(unit, "2025-Q" + earlier, period);
                    String value = source == null ? null
                            : byPeriod.get("2025-Q" + earlier).getOrDefault(source, Map.of()).get(indicator);
                    points.add(value == null || value.isEmpty() ? null : new BigDecimal(value));
                }
                points.add(row.get("value").isEmpty() ? null : new BigDecimal(row.get("value")));
                String expectedProjection = "";
                String expectedCourse = "";
                int p = q - 1;
                while (p >= 1 && points.get(p - 1) == null) {
                    p--;
                }
                if (q < 4 && p >= 1 && points.get(q - 1) != null && !catalogue.get("unit").equals("boolean")) {
                    BigDecimal xq = points.get(q - 1);
                    BigDecimal exact = xq.add(xq.subtract(points.get(p - 1))
                        .multiply(BigDecimal.valueOf(4 - q))
                        .divide(BigDecimal.valueOf(q - p), MathContext.DECIMAL128));
                    expectedProjection = exact.setScale(2, RoundingMode.HALF_UP).toPlainString();
                    int cmp = exact.compareTo(new BigDecimal(catalogue.get("target_2025")));
                    expectedCourse = (catalogue.get("direction").equals("higher") ? cmp >= 0 : cmp <= 0) ? "yes" : "no";
                    projected++;
                }
                assertThat(List.of(row.get("projected_q4"), row.get("on_course")))
                    .as("%s %s %s", period, unit, indicator)
                    .isEqualTo(List.of(expectedProjection, expectedCourse));
            }
        }
        assertThat(projected).as("projections in 2025-Q3").isGreaterThan(100);
    }

    @Test
    void historyHoldsEveryPublishedPeriodUpToThisOneAsItsRankingsSay() throws IOException {
        for (int upTo = 0; upTo < PERIODS.size(); upTo++) {
            Path dir = job.periodDir(PERIODS.get(upTo));
            List<Map<String, String>> expected = new ArrayList<>();
            for (String period : PERIODS.subList(0, upTo + 1)) {
                Map<String, String> edition = JobHarness.readCsv(job.periodDir(period).resolve("editions.csv"))
                    .getLast();
                for (Map<String, String> r : rankings(period)) {
                    Map<String, String> line = new LinkedHashMap<>();
                    line.put("period", period);
                    line.put("edition", edition.get("edition"));
                    line.put("status", edition.get("status"));
                    for (String column : List.of("group", "unit_code", "unit_name", "rank", "overall",
                            "classification")) {
                        line.put(column, r.get(column));
                    }
                    expected.add(line);
                }
            }
            assertThat(JobHarness.header(dir.resolve("history.csv"))).containsExactly("period", "edition", "status",
                    "group", "unit_code", "unit_name", "rank", "overall", "classification");
            assertThat(JobHarness.readCsv(dir.resolve("history.csv"))).isEqualTo(expected);
            assertThat(Files.readString(dir.resolve("manifest.json"))).contains("\"history.csv\"");
        }
    }

    @Test
    void pageOneNamesTheLeversAndTheRankWithItsRange() throws IOException {
        Path pdf = job.periodDir("2025-Q3").resolve("scorecards/01-thanh-pho-ha-noi.pdf");
        String page1 = flat(PdfFiles.pageText(pdf, 1));
        Map<String, String> hanoi = JobHarness.row(rankings("2025-Q3"), "unit_code", "01");
        int ranked = (int) rankings("2025-Q3").stream()
            .filter(r -> r.get("group").equals("province") && r.get("status").equals("ranked"))
            .count();
        String rank = hanoi.get("rank") + "/" + ranked;
        assertThat(page1).contains(hanoi.get("rank_min").equals(hanoi.get("rank_max"))
                ? rank + ", không đổi khi bỏ lần lượt từng trụ cột" : rank + ", từ " + hanoi.get("rank_min") + " đến "
                        + hanoi.get("rank_max") + " khi bỏ lần lượt từng trụ cột");
        List<Map<String, String>> levers = scores("2025-Q3").stream()
            .filter(r -> r.get("unit_code").equals("01") && !r.get("gain_if_met").isEmpty())
            .sorted(Comparator.comparing((Map<String, String> r) -> new BigDecimal(r.get("gain_if_met"))).reversed())
            .limit(3)
            .toList();
        assertThat(page1).contains("Ba chỉ tiêu nâng điểm nhiều nhất");
        int at = page1.indexOf("Ba chỉ tiêu nâng điểm nhiều nhất");
        for (Map<String, String> lever : levers) {
            int found = page1.indexOf(lever.get("indicator_code"), at);
            assertThat(found).as("lever %s in order", lever.get("indicator_code")).isGreaterThan(at);
            assertThat(page1.substring(at))
                .contains("+" + lever.get("gain_if_met").replace('.', ',') + " điểm nếu đạt mục tiêu");
            at = found;
        }
    }

    @Test
    void pageTwoGivesEachProjectionAndQ4NoneAtAll() throws IOException {
        Path pdf = job.periodDir("2025-Q3").resolve("scorecards/01-thanh-pho-ha-noi.pdf");
        String page2 = flat(PdfFiles.pageText(pdf, 2));
        List<Map<String, String>> rows = scores("2025-Q3").stream()
            .filter(r -> r.get("unit_code").equals("01"))
            .toList();
        assertThat(page2).contains("Chi tiết theo chỉ tiêu");
        assertThat(count(page2, "Dự kiến đạt"))
            .isEqualTo(rows.stream().filter(r -> r.get("on_course").equals("yes")).count());
        assertThat(count(page2, "Dự kiến không đạt"))
            .isEqualTo(rows.stream().filter(r -> r.get("on_course").equals("no")).count())
            .isPositive();
        assertThat(page2).as("every indicator on page 2").contains(rows.getLast().get("indicator_code"));
        Path q4 = job.periodDir("2025-Q4").resolve("scorecards/01-thanh-pho-ha-noi.pdf");
        String q4Text = flat(PdfFiles.text(q4));
        assertThat(q4Text).doesNotContain("Dự kiến đạt").doesNotContain("Dự kiến không đạt");
    }

    @Test
    void theMapPageHoldsThe34ProvincesWithTheirScoresAndThe63ProvinceQuarterHasNone() throws IOException {
        for (String period : List.of("2025-Q3", "2025-Q4")) {
            Path pdf = job.periodDir(period).resolve("national-summary.pdf");
            String mapPage = null;
            for (int page = 1; page <= 3 && mapPage == null; page++) {
                String text = PdfFiles.pageText(pdf, page);
                mapPage = text.contains("Bản đồ tỉnh, thành phố") ? text : null;
            }
            assertThat(mapPage).as(period).isNotNull();
            List<Map<String, String>> provinces = rankings(period).stream()
                .filter(r -> r.get("group").equals("province"))
                .toList();
            assertThat(provinces).hasSize(34);
            for (Map<String, String> p : provinces) {
                String name = p.get("unit_name").replaceFirst("^(Tỉnh|Thành phố) ", "");
                String figure = p.get("overall").isEmpty() ? "—" : p.get("overall").replace('.', ',');
                assertThat(mapPage).as("%s %s", period, name)
                    .containsPattern("(?s)" + Pattern.quote(name) + "\\s+" + Pattern.quote(figure));
            }
            assertThat(mapPage).contains("ColorBrewer");
        }
        assertThat(flat(PdfFiles.text(job.periodDir("2025-Q2").resolve("national-summary.pdf"))))
            .doesNotContain("Bản đồ tỉnh, thành phố")
            .contains("Khoảng hạng");
    }

    // --- this test's own reading of the outputs and the reference files

    private static List<Map<String, String>> scores(String period) throws IOException {
        return JobHarness.readCsv(job.periodDir(period).resolve("scores.csv"));
    }

    private static List<Map<String, String>> rankings(String period) throws IOException {
        return JobHarness.readCsv(job.periodDir(period).resolve("rankings.csv"));
    }

    /** The published values of every scored unit, by unit then indicator. */
    private static Map<String, Map<String, String>> values(String period) throws IOException {
        Map<String, Map<String, String>> values = new HashMap<>();
        scores(period).forEach(r -> values.computeIfAbsent(r.get("unit_code"), k -> new HashMap<>())
            .put(r.get("indicator_code"), r.get("value")));
        return values;
    }

    private static Map<String, String> kinds(String period) throws IOException {
        Map<String, String> kinds = rankings(period).stream()
            .collect(Collectors.toMap(r -> r.get("unit_code"), r -> r.get("group")));
        kinds.put("QG", "national");
        return kinds;
    }

    /**
     * SPEC §5 read straight from the registry files: the rows valid on the earlier
     * quarter's last day that are the unit's own row, or ended before the period's last
     * day naming it as successor; their code when there is exactly one.
     */
    private static String singlePredecessor(String unit, String earlier, String period) {
        LocalDate day = lastDay(earlier);
        LocalDate end = lastDay(period);
        List<CSVRecord> rows = registry;
        if (unit.equals("QG")) {
            return unit;
        }
        CSVRecord current = rows.stream()
            .filter(r -> r.get("code").equals(unit) && valid(r, end))
            .findFirst()
            .orElseThrow();
        List<CSVRecord> predecessors = rows.stream()
            .filter(r -> valid(r, day))
            .filter(r -> (r.get("code").equals(unit) && r.get("valid_from").equals(current.get("valid_from")))
                    || (r.get("successor_code").equals(unit) && !r.get("valid_to").isEmpty()
                            && LocalDate.parse(r.get("valid_to")).isBefore(end)))
            .toList();
        return predecessors.size() == 1 ? predecessors.getFirst().get("code") : null;
    }

    private static boolean valid(CSVRecord row, LocalDate day) {
        return !LocalDate.parse(row.get("valid_from")).isAfter(day)
                && (row.get("valid_to").isEmpty() || !LocalDate.parse(row.get("valid_to")).isBefore(day));
    }

    private static LocalDate lastDay(String period) {
        int q = period.charAt(6) - '0';
        return LocalDate.of(Integer.parseInt(period.substring(0, 4)), q * 3, 1).plusMonths(1).minusDays(1);
    }

    private static String text(BigDecimal value) {
        return value == null ? "" : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * PDF text with its line breaks as spaces: table cells wrap where the layout says.
     */
    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static long count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

}
