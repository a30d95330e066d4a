package vn.dxscorecard.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dxscorecard.support.JobHarness;
import vn.dxscorecard.support.PdfFiles;

/**
 * The PDFs and the manifest of a real run on the shipped sample (2025-Q4, with 2025-Q3
 * for the trend).
 */
class ReportPdfsTest {

    private static final String PERIOD = "2025-Q4";

    private static final String CLOCK = "--dx.clock=2026-01-05T08:00:00+07:00";

    @TempDir
    static Path workspace;

    private static JobHarness job;

    private static Path out;

    /** The first run's outputs. */
    private static Outputs first;

    @BeforeAll
    static void runJob() throws IOException {
        job = new JobHarness(workspace).withSample("2025-Q3", PERIOD);
        // Scorecards laid out on four threads here and on one in the rerun: the bytes
        // must not depend on it.
        assertThat(job.run("--period=" + PERIOD, CLOCK, "--dx.job.render-threads=4")).isZero();
        out = job.periodDir(PERIOD);
        first = Outputs.of(out);
    }

    @Test
    void oneScorecardPerRankedUnitNamedByCodeAndAsciiName() throws IOException {
        List<Map<String, String>> rankings = JobHarness.readCsv(out.resolve("rankings.csv"));
        long ranked = rankings.stream().filter(r -> r.get("status").equals("ranked")).count();
        try (Stream<Path> pdfs = Files.list(out.resolve("scorecards"))) {
            List<String> names = pdfs.map(p -> p.getFileName().toString()).sorted().toList();
            assertThat(names).hasSize((int) ranked)
                .allMatch(n -> n.matches("[0-9A-Z]+-[a-z0-9-]+\\.pdf"))
                .contains("01-thanh-pho-ha-noi.pdf", "BTC-bo-tai-chinh.pdf", "79-thanh-pho-ho-chi-minh.pdf",
                        "66-tinh-dak-lak.pdf")
                // not submitted: no scorecard
                .noneMatch(n -> n.startsWith("11-") || n.startsWith("VPCP-") || n.startsWith("QG-"));
        }
        assertThat(out.resolve("national-summary.pdf")).isRegularFile();
    }

    @Test
    void pageOneShowsScoreClassRankChangeAndWeakestIndicatorsComputedFromTheInput() throws IOException {
        Expected expected = Expected.fromInput(job.input().resolve("04_2025-Q4.csv"));
        List<Map<String, String>> rankings = JobHarness.readCsv(out.resolve("rankings.csv"));
        Map<String, String> row = JobHarness.row(rankings, "unit_code", "04");
        long provinces = rankings.stream()
            .filter(r -> r.get("group").equals("province") && r.get("status").equals("ranked"))
            .count();
        assertThat(row.get("overall")).isEqualTo(expected.overall.toPlainString());

        String page1 = PdfFiles.pageText(out.resolve("scorecards/04-tinh-cao-bang.pdf"), 1);
        assertThat(page1).contains("Tỉnh Cao Bằng", "Quý 4/2025", "Mã đơn vị 04", vn(expected.overall),
                classification(expected.overall), row.get("rank") + "/" + provinces, "SO VỚI QUÝ 3/2025");
        // SPEC §8: the clock is before 2025-Q4's deadline
        assertThat(page1.replace("\n", " "))
            .contains("Bản tạm thời số 1 — số liệu có thể thay đổi đến hạn nộp 15/01/2026");
        assertThat(PdfFiles.pageText(out.resolve("national-summary.pdf"), 1).replace("\n", " "))
            .contains("Bản tạm thời số 1 — số liệu có thể thay đổi đến hạn nộp 15/01/2026");
        BigDecimal change = new BigDecimal(row.get("overall_change"));
        assertThat(page1).contains((change.signum() < 0 ? "▼ " : "▲ ") + vn(change.abs()) + " điểm");
        assertThat(page1).contains("Ba chỉ tiêu yếu nhất");
        int previous = -1;
        for (String name : expected.weakest(3)) {
            int at = page1.replace("\n", " ").indexOf(name);
            assertThat(at).as("weakest indicator %s on page 1, in order", name).isGreaterThan(previous);
            previous = at;
        }
        // the chart's labels are real text in our font, not outlines
        assertThat(page1).contains("Thể chế số", "An toàn an ninh mạng", "Trung bình tỉnh, thành phố");
    }

    @Test
    void laterPagesListEveryIndicatorWithTrendAndTheDataQualityOfTheUnitsFile() throws IOException {
        String text = PdfFiles.text(out.resolve("scorecards/01-thanh-pho-ha-noi.pdf")).replace("\n", " ");
        assertThat(text).contains("Chi tiết theo chỉ tiêu", "Xu hướng", "Mốc quý 4", "Chất lượng dữ liệu",
                "01_2025-Q4.csv", "19 dòng dữ liệu, 18 dòng được chấp nhận, 1 dòng bị loại", "validation/01.csv",
                "Giá trị 'abc' không phải là số hợp lệ.");
        for (String code : List.of("TC_KE_HOACH_CDS", "HT_VUNG_LOM_SONG", "XH_CAN_BO_KY_NANG_SO",
                "AT_SU_CO_CHUA_KHAC_PHUC")) {
            assertThat(text).contains(code);
        }
        // the rejected value counts as not reported: score 0, a fall since Q3
        assertThat(text).contains("Không báo cáo").containsPattern("▼ \\d+,\\d\\d");
        // BTC's r2 replaced its first file: both are listed
        String btc = PdfFiles.text(out.resolve("scorecards/BTC-bo-tai-chinh.pdf"));
        assertThat(btc).contains("BTC_2025-Q4_r2.csv", "BTC_2025-Q4.csv", "Có bản sửa đổi mới hơn", "85,23");
    }

    @Test
    void nationalSummaryHasEverySection() throws IOException {
        String text = PdfFiles.text(out.resolve("national-summary.pdf")).replace("\n", " ");
        // 34 provinces from 2025-Q3 on: the map is section 2.
        assertThat(text).contains("Toàn quốc", "1. Chỉ tiêu quốc gia", "2. Bản đồ tỉnh, thành phố",
                "3. Xếp hạng tỉnh, thành phố", "4. Xếp hạng bộ, cơ quan", "5. Điểm trung bình theo trụ cột",
                "6. Chỉ tiêu chậm nhất trên toàn quốc", "7. Đơn vị chưa nộp báo cáo", "8. Chất lượng dữ liệu");
        // QG's indicators, the units that did not submit, the files that were not used
        assertThat(text).contains("HT_TTDL_QUOC_GIA", "KT_DOANH_NGHIEP_CNS", "55.800", "Tỉnh Điện Biên",
                "Văn phòng Chính phủ", "Chưa nộp báo cáo", "BTC_2025-Q4.csv", "79_2025-Q4.csv");
        assertThat(text).contains("Thành phố Huế", "99,45", "1/33");
    }

    @Test
    void everyFontIsEmbeddedLiberationSansAndTheFilesArePdf17WithVietnameseMetadata() throws IOException {
        List<Path> pdfs = files(out).stream().filter(p -> p.toString().endsWith(".pdf")).toList();
        assertThat(pdfs).hasSizeGreaterThan(40);
        for (Path pdf : List.of(out.resolve("national-summary.pdf"), out.resolve("scorecards/01-thanh-pho-ha-noi.pdf"),
                out.resolve("scorecards/BXD-bo-xay-dung.pdf"))) {
            List<PdfFiles.UsedFont> fonts = PdfFiles.fonts(pdf);
            assertThat(fonts).isNotEmpty()
                .allMatch(PdfFiles.UsedFont::embedded, "embedded")
                .allMatch(f -> f.name().contains("LiberationSans"), "Liberation Sans");
            try (PDDocument document = PdfFiles.load(pdf)) {
                assertThat(document.getVersion()).isEqualTo(1.7f);
                assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("vi");
                assertThat(document.getDocumentInformation().getCreator()).isEqualTo("dx-scorecard");
                assertThat(document.getDocumentInformation().getTitle()).contains("Quý 4/2025");
                assertThat(document.getDocumentInformation().getCreationDate().toInstant())
                    .isEqualTo("2026-01-05T01:00:00Z");
            }
            assertThat(new String(Files.readAllBytes(pdf), 0, 8, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-1.7");
        }
    }

    @Test
    void manifestListsEveryOutputAndInputWithMatchingChecksums() throws IOException {
        JsonNode manifest = JsonMapper.builder().build().readTree(out.resolve("manifest.json").toFile());
        assertThat(manifest.get("period").asString()).isEqualTo(PERIOD);
        assertThat(manifest.get("jobExecutionId").asLong()).isPositive();
        assertThat(manifest.get("generatedAt").asString()).isEqualTo("2026-01-05T01:00:00Z");
        assertThat(manifest.get("catalogue").get("version").asString()).isEqualTo("2024-2026.1");
        assertThat(manifest.get("catalogue").get("sha256").asString()).hasSize(64);
        assertThat(manifest.get("edition").asInt()).isEqualTo(1);
        assertThat(manifest.get("status").asString()).isEqualTo("provisional");
        assertThat(manifest.get("deadline").asString()).isEqualTo("2026-01-15T23:59:59+07:00");
        assertThat(manifest.get("inputs_fingerprint").asString()).matches("[0-9a-f]{64}");

        List<String> listed = new ArrayList<>();
        for (JsonNode output : manifest.get("outputs")) {
            Path file = out.resolve(output.get("path").asString());
            listed.add(output.get("path").asString());
            assertThat(output.get("size").asLong()).isEqualTo(Files.size(file));
            assertThat(output.get("sha256").asString()).isEqualTo(sha256(file));
        }
        List<String> present = files(out).stream()
            .map(p -> out.relativize(p).toString().replace('\\', '/'))
            // editions.csv comes after the manifest and names it (SPEC §8)
            .filter(p -> !p.equals("manifest.json") && !p.equals("editions.csv"))
            .sorted()
            .toList();
        assertThat(listed).isSorted()
            .containsExactlyElementsOf(present)
            .contains("rankings.csv", "scores.csv", "national-summary.pdf", "scorecards/01-thanh-pho-ha-noi.pdf");

        Map<String, String> inputs = new LinkedHashMap<>();
        manifest.get("inputs").forEach(i -> inputs.put(i.get("file").asString(), i.get("sha256").asString()));
        try (Stream<Path> sent = Files.list(job.input())) {
            // bxd_2025-q4.csv is BXD's: names are case-insensitive
            List<Path> q4 = sent.filter(p -> p.getFileName().toString().toUpperCase(Locale.ROOT).contains(PERIOD))
                .toList();
            assertThat(inputs).hasSize(q4.size());
            for (Path file : q4) {
                assertThat(inputs.get(file.getFileName().toString())).isEqualTo(sha256(file));
            }
        }
        JsonNode btc = stream(manifest.get("inputs")).filter(i -> i.get("file").asString().equals("BTC_2025-Q4.csv"))
            .findFirst()
            .orElseThrow();
        assertThat(btc.get("status").asString()).isEqualTo("superseded");
    }

    @Test
    void oneRenderThreadGivesTheSameBytesAsFour(@TempDir Path elsewhere) throws IOException {
        JobHarness again = new JobHarness(elsewhere).withSample("2025-Q3", PERIOD);
        assertThat(again.run("--period=" + PERIOD, CLOCK, "--dx.job.render-threads=1")).isZero();
        Outputs outputs = Outputs.of(again.periodDir(PERIOD));
        assertThat(outputs.csv.keySet()).isEqualTo(first.csv.keySet());
        outputs.csv.forEach((name, bytes) -> assertThat(bytes).as(name).isEqualTo(first.csv.get(name)));
        assertThat(outputs.text).isEqualTo(first.text);
        // with the same clock, not a byte differs: no random IDs, dates from the run
        outputs.pdf.forEach((name, bytes) -> assertThat(bytes).as(name).isEqualTo(first.pdf.get(name)));
    }

    @Test
    void aRerunPublishesTheNextEditionAndRemovesOnlyWhatThePreviousPublicationWrote(@TempDir Path elsewhere)
            throws IOException {
        JobHarness rerun = new JobHarness(elsewhere).withSample("2025-Q3", PERIOD);
        assertThat(rerun.run("--period=" + PERIOD, CLOCK)).isZero();
        Path period = rerun.periodDir(PERIOD);
        // A scorecard the previous publication listed (of a unit that has since stopped
        // submitting): stale.
        Path stale = period.resolve("scorecards/old.pdf");
        Files.writeString(stale, "a scorecard of a unit that no longer submits");
        Path manifest = period.resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest)
            .replace("\"outputs\" : [", "\"outputs\" : [ { \"path\" : \"scorecards/old.pdf\" },"));
        Path leftover = period.resolve(".rankings.csv.tmp");
        Files.writeString(leftover, "half a file from a crashed run");
        Path notOurs = period.resolve("notes/read-me.txt");
        Files.createDirectories(notOurs.getParent());
        Files.writeString(notOurs, "the operator's own file");

        assertThat(rerun.run("--period=" + PERIOD, "--rerun", CLOCK)).isZero();

        assertThat(stale).doesNotExist();
        assertThat(leftover).doesNotExist();
        assertThat(notOurs).as("never the job's: left alone").exists();
        assertThat(rerun.input().resolve("01_2025-Q4.csv")).isRegularFile();
        assertThat(JobHarness.readCsv(period.resolve("editions.csv"))).extracting(row -> row.get("edition"))
            .containsExactly("1", "2");
        Outputs outputs = Outputs.of(period);
        // the same files, the same figures: only the edition differs
        assertThat(outputs.csv.keySet()).isEqualTo(first.csv.keySet());
        assertThat(outputs.csv.get("rankings.csv")).isEqualTo(first.csv.get("rankings.csv"));
        assertThat(outputs.text.get("national-summary.pdf")).contains("Bản tạm thời số 2")
            .isEqualTo(first.text.get("national-summary.pdf").replace("Bản tạm thời số 1", "Bản tạm thời số 2"));
    }

    /** A period folder's CSVs and PDFs (bytes and text), by path inside it. */
    private record Outputs(Map<String, byte[]> csv, Map<String, String> text, Map<String, byte[]> pdf) {

        static Outputs of(Path period) throws IOException {
            Outputs outputs = new Outputs(new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
            for (Path file : files(period)) {
                String name = period.relativize(file).toString();
                if (name.endsWith(".csv")) {
                    outputs.csv.put(name, Files.readAllBytes(file));
                }
                else if (name.endsWith(".pdf")) {
                    outputs.text.put(name, PdfFiles.text(file));
                    outputs.pdf.put(name, Files.readAllBytes(file));
                }
            }
            return outputs;
        }

    }

    // --- helpers

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>();
        array.forEach(nodes::add);
        return nodes.stream();
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        }
        catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Vietnamese notation, as the PDFs print scores: {@code 87,35}. */
    private static String vn(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    private static String classification(BigDecimal overall) {
        return overall.compareTo(BigDecimal.valueOf(80)) >= 0 ? "Tốt" : overall.compareTo(BigDecimal.valueOf(65)) >= 0
                ? "Khá" : overall.compareTo(BigDecimal.valueOf(50)) >= 0 ? "Trung bình" : "Yếu";
    }

    /**
     * SPEC §5 recomputed here from the province's input file and the catalogue CSV,
     * without the job's code: a `,`-delimited, `.`-decimal file with `%` and
     * `true`/`false`, every row valid.
     */
    private record Expected(BigDecimal overall, Map<String, BigDecimal> scores, Map<String, String> names) {

        static Expected fromInput(Path file) throws IOException {
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
                String[] cells = line.split(",", -1);
                String value = cells[3].trim().replace("%", "");
                values.put(cells[2], switch (value) {
                    case "true", "có", "yes" -> BigDecimal.ONE;
                    case "false", "không", "no" -> BigDecimal.ZERO;
                    default -> new BigDecimal(value);
                });
            }
            MathContext mc = MathContext.DECIMAL128;
            Map<String, BigDecimal> pillarWeights = new LinkedHashMap<>();
            for (String line : resourceLines("reference/pillars.csv")) {
                String[] c = line.split(",");
                pillarWeights.put(c[0], new BigDecimal(c[3]));
            }
            Map<String, BigDecimal[]> pillarSums = new LinkedHashMap<>();
            Map<String, BigDecimal> scores = new LinkedHashMap<>();
            Map<String, String> names = new LinkedHashMap<>();
            for (String line : resourceLines("reference/indicators.csv")) {
                String[] c = line.split(",");
                if (!c[6].contains("province") || c[11].isEmpty()) {
                    continue;
                }
                BigDecimal x = values.get(c[0]);
                BigDecimal target = new BigDecimal(c[11]);
                BigDecimal a;
                if (c[4].equals("boolean")) {
                    a = x.compareTo(BigDecimal.ONE) == 0 ? BigDecimal.ONE : BigDecimal.ZERO;
                }
                else {
                    BigDecimal worst = new BigDecimal(c[8]);
                    a = x.subtract(worst).divide(target.subtract(worst), mc).max(BigDecimal.ZERO).min(BigDecimal.ONE);
                }
                BigDecimal score = a.multiply(BigDecimal.valueOf(100), mc);
                scores.put(c[0], score);
                names.put(c[0], c[2]);
                BigDecimal weight = new BigDecimal(c[7]);
                BigDecimal[] sum = pillarSums.computeIfAbsent(c[1],
                        k -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
                sum[0] = sum[0].add(weight.multiply(score, mc), mc);
                sum[1] = sum[1].add(weight, mc);
            }
            BigDecimal weighted = BigDecimal.ZERO;
            BigDecimal weights = BigDecimal.ZERO;
            for (Map.Entry<String, BigDecimal[]> pillar : pillarSums.entrySet()) {
                BigDecimal mean = pillar.getValue()[0].divide(pillar.getValue()[1], mc);
                weighted = weighted.add(pillarWeights.get(pillar.getKey()).multiply(mean, mc), mc);
                weights = weights.add(pillarWeights.get(pillar.getKey()), mc);
            }
            BigDecimal overall = weighted.divide(weights, mc).setScale(2, RoundingMode.HALF_UP);
            return new Expected(overall, scores, names);
        }

        /** Names of the lowest-scoring indicators, ties in catalogue order. */
        List<String> weakest(int count) {
            List<String> codes = new ArrayList<>(scores.keySet());
            codes.sort(Comparator.comparing(scores::get));
            return codes.subList(0, count).stream().map(names::get).toList();
        }

        private static List<String> resourceLines(String resource) throws IOException {
            List<String> lines = Files.readAllLines(Path.of("src/main/resources", resource));
            return lines.subList(1, lines.size());
        }
    }

}
