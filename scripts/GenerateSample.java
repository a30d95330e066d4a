/*
 * Generates the sample submission files for dx-scorecard (periods 2025-Q2, 2025-Q3, 2025-Q4).
 *
 *   java scripts/GenerateSample.java [inputDir]        (from the repository root, JDK 21+)
 *
 * JDK only, no dependencies. Reads the registry and catalogue from src/main/resources/reference/
 * and writes <UNIT>_<PERIOD>.csv files into inputDir (default "input"). The output is deterministic:
 * every value comes from a hash of (unit, indicator, period), never from the clock, so two runs give
 * byte-identical files. Before writing, it deletes only the files in inputDir whose name contains
 * _2025-Q2, _2025-Q3 or _2025-Q4 (case-insensitive); nothing else in inputDir is touched.
 *
 * The deliberate scenarios (non-submitters, tie, revision, bad rows, format variants) are listed
 * in docs/sample-input.md; the program also prints them when it runs.
 */

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

public class GenerateSample {

    static final Path REFERENCE = Path.of("src", "main", "resources", "reference");

    // ---------------------------------------------------------------- scenarios (documented in docs/sample-input.md)

    record Period(String label, int quarter, LocalDate end) {}

    static final List<Period> PERIODS = List.of(
            new Period("2025-Q2", 2, LocalDate.of(2025, 6, 30)),
            new Period("2025-Q3", 3, LocalDate.of(2025, 9, 30)),
            new Period("2025-Q4", 4, LocalDate.of(2025, 12, 31)));

    /** Units valid on the period's last day that send no file. */
    static final Map<String, List<String>> NON_SUBMITTERS = Map.of(
            "2025-Q2", List.of("06", "TTCP"),
            "2025-Q3", List.of("12", "BNG"),
            "2025-Q4", List.of("11", "VPCP"));

    /** Q4 tie: the second province's file carries exactly the first one's values. */
    static final String TIE_PERIOD = "2025-Q4", TIE_SOURCE = "08", TIE_COPY = "15";

    /** Forced file formats (true = Excel style ';'), otherwise chosen by hash. */
    static final Map<String, Boolean> FORCED_SEMI = Map.ofEntries(
            Map.entry("79|2025-Q3", false),   // quoted newline in a note: keep it in an LF-only file
            Map.entry("25|2025-Q2", true),    // trailing Excel blank record ';;;;'
            Map.entry("08|2025-Q4", true),    // tie source: ';', decimal comma, '%', có/không
            Map.entry("15|2025-Q4", false),   // tie copy:   ',', '.', no '%', true/false
            Map.entry("BTC|2025-Q4", true),
            Map.entry("QG|2025-Q2", false),
            Map.entry("QG|2025-Q3", true),    // whole number 54100 in a ';' file
            Map.entry("QG|2025-Q4", false));

    static final String NOTE_BOTH_DELIMS = "Gồm 45 CSDL, trong đó 5 CSDL đang kết nối thử nghiệm; còn lại đã kết nối";
    static final String NOTE_NEWLINE = "Số liệu sơ bộ.\nSẽ cập nhật khi có báo cáo chính thức";
    static final String NOTE_QUOTE = "Theo \"Đề án 06\", đã tích hợp lên Cổng Dịch vụ công quốc gia";

    static final String[] NOTE_POOL = {
            "Số liệu sơ bộ",
            "Tăng so với quý trước",
            "Đã rà soát, đối chiếu với báo cáo tháng",
            "Chưa bao gồm số liệu cấp xã",
            "Số liệu tạm tính; sẽ cập nhật khi có báo cáo chính thức",
            "Ước tính đến hết quý",
            "Đã đạt chỉ tiêu năm",
            "Theo báo cáo của đơn vị chuyên trách công nghệ thông tin",
    };

    // ---------------------------------------------------------------- reference data

    record RegRow(String code, String name, String kind, LocalDate from, LocalDate to, String successor) {
        boolean validOn(LocalDate d) {
            return !from.isAfter(d) && (to == null || !d.isAfter(to));
        }
    }

    record Indicator(String code, String unit, String direction, Set<String> appliesTo,
                     BigDecimal worst, BigDecimal baseline, BigDecimal target) {
        boolean isPercent() { return unit.equals("percent"); }
    }

    /** A reporting unit in one period; profileKeys are the registry rows its "capability" comes from. */
    record Unit(String code, String group, boolean municipality, List<String> profileKeys) {}

    // ---------------------------------------------------------------- file model

    static final class Row {
        final String indicator;
        Object value;          // BigDecimal, Boolean, or String (written verbatim)
        String note;
        String bad;            // reason, when the row is deliberately invalid
        boolean forcePct;      // write a '%' suffix on this percent value
        boolean noPct;         // never write a '%' suffix on this value

        Row(String indicator, Object value) {
            this.indicator = indicator;
            this.value = value;
        }
    }

    static final class FileSpec {
        String fileName, unitText, periodText;
        boolean semi, pctAll, lowerCodes, trailingBlank;
        String[] boolWords;
        List<String> header = List.of("unit_code", "period", "indicator_code", "value", "note");
        final List<Row> rows = new ArrayList<>();
    }

    static final List<String> REPORT = new ArrayList<>();

    // ---------------------------------------------------------------- main

    public static void main(String[] args) throws IOException {
        Path inputDir = Path.of(args.length > 0 ? args[0] : "input");
        List<RegRow> provinces = readRegistry(REFERENCE.resolve("provinces.csv"));
        List<RegRow> ministries = readRegistry(REFERENCE.resolve("ministries.csv"));
        List<Indicator> indicators = readIndicators(REFERENCE.resolve("indicators.csv"));

        Files.createDirectories(inputDir);
        int deleted = 0;
        try (Stream<Path> s = Files.list(inputDir)) {
            for (Path p : s.sorted().toList()) {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                if (Files.isRegularFile(p) && (n.contains("_2025-q2") || n.contains("_2025-q3") || n.contains("_2025-q4"))) {
                    Files.delete(p);
                    deleted++;
                }
            }
        }
        System.out.println("Deleted " + deleted + " old sample file(s) from " + inputDir);

        for (Period period : PERIODS) {
            List<Unit> units = new ArrayList<>();
            units.addAll(unitsOf(provinces, "province", period.end()));
            units.addAll(unitsOf(ministries, "ministry", period.end()));
            units.add(new Unit("QG", "national", false, List.of("N|QG")));

            Map<String, Unit> byCode = new LinkedHashMap<>();
            for (Unit u : units) byCode.put(u.code(), u);

            List<FileSpec> files = new ArrayList<>();
            int[] valid = new int[3], sent = new int[3];
            for (Unit unit : units) {
                int g = switch (unit.group()) { case "province" -> 0; case "ministry" -> 1; default -> 2; };
                valid[g]++;
                if (NON_SUBMITTERS.get(period.label()).contains(unit.code())) continue;
                sent[g]++;
                Unit source = unit;
                if (period.label().equals(TIE_PERIOD) && unit.code().equals(TIE_COPY)) source = byCode.get(TIE_SOURCE);
                Map<String, Object> values = values(source, period, indicators);
                files.addAll(buildFiles(unit, period, values, indicators));
            }
            for (FileSpec f : files) writeFile(inputDir, f);

            System.out.printf("%s: %d files (provinces %d/%d, ministries %d/%d, national %d/%d), not submitted: %s%n",
                    period.label(), files.size(), sent[0], valid[0], sent[1], valid[1], sent[2], valid[2],
                    NON_SUBMITTERS.get(period.label()));
        }
        System.out.println("Deliberate scenarios:");
        REPORT.forEach(r -> System.out.println("  " + r));
    }

    static List<Unit> unitsOf(List<RegRow> registry, String group, LocalDate end) {
        List<Unit> out = new ArrayList<>();
        for (RegRow r : registry) {
            if (!r.validOn(end)) continue;
            List<String> keys = new ArrayList<>();
            for (RegRow pred : registry) {       // rows merged into this one the day before it started
                if (pred.to() != null && pred.to().plusDays(1).equals(r.from()) && r.code().equals(pred.successor())) {
                    keys.add(key(group, pred));
                }
            }
            if (keys.isEmpty()) keys.add(key(group, r));
            out.add(new Unit(r.code(), group, r.kind().equals("municipality"), keys));
        }
        return out;
    }

    static String key(String group, RegRow r) {
        return group + "|" + r.code() + "|" + r.from() + "|" + r.kind();
    }

    // ---------------------------------------------------------------- values

    static double capability(String profileKey) {
        double c = 0.55 + 0.45 * u("cap|" + profileKey);
        if (profileKey.endsWith("|municipality")) c = Math.min(1.0, c + 0.08);
        return c;
    }

    /** Logical values in catalogue order: BigDecimal or Boolean. */
    static Map<String, Object> values(Unit unit, Period period, List<Indicator> indicators) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (unit.group().equals("national")) {
            int q = period.quarter();
            out.put("HT_5G_THUONG_MAI", Boolean.TRUE);
            out.put("HT_TTDL_QUOC_GIA", q == 4);
            out.put("HT_NGUOI_DUNG_INTERNET", new BigDecimal(q == 2 ? "80.6" : q == 3 ? "81.5" : "82.4"));
            out.put("CP_EGDI_XEP_HANG", new BigDecimal("71"));
            out.put("KT_TY_TRONG_KINH_TE_SO", new BigDecimal(q == 2 ? "18.3" : q == 3 ? "18.6" : "18.9"));
            out.put("KT_DOANH_NGHIEP_CNS", new BigDecimal(q == 2 ? "52600" : q == 3 ? "54100" : "55800"));
            out.put("KT_GII_XEP_HANG", new BigDecimal("44"));
            out.put("AT_GCI_XEP_HANG", new BigDecimal("17"));
            return out;
        }
        double cap = unit.profileKeys().stream().mapToDouble(GenerateSample::capability).average().orElseThrow();
        double c01 = (cap - 0.55) / 0.45;                       // 0 = weakest, 1 = strongest
        for (Indicator ind : indicators) {
            if (!ind.appliesTo().contains(unit.group())) continue;
            double stable = unit.profileKeys().stream()
                    .mapToDouble(k -> 2 * u("stable|" + k + "|" + ind.code()) - 1).average().orElseThrow();
            String qKey = unit.group() + "|" + unit.code() + "|" + period.label() + "|" + ind.code();
            double qNoise = 2 * u("q|" + qKey) - 1;
            // progress from the 2023 baseline (0) to the 2025 target (1); negative = below baseline
            double p = -0.45 + 1.4 * c01 + 0.10 * (period.quarter() - 2) + 0.10 * stable + 0.03 * qNoise;
            out.put(ind.code(), valueFor(ind, p, qKey));
        }
        return out;
    }

    static Object valueFor(Indicator ind, double p, String qKey) {
        switch (ind.unit()) {
            case "boolean" -> {
                double threshold = p < -0.2 ? 0.30 : p < 0.2 ? 0.10 : 0.02;
                return u("bool|" + qKey) >= threshold;
            }
            case "count" -> {
                double b = ind.baseline().doubleValue(), t = ind.target().doubleValue();
                if (ind.direction().equals("lower")) {
                    double max = switch (ind.code()) {
                        case "HT_VUNG_LOM_SONG" -> 40;
                        case "AT_SU_CO_CHUA_KHAC_PHUC" -> 8;
                        default -> ind.worst().doubleValue() * 0.8;
                    };
                    double v = p >= 0 ? b + (t - b) * p : b + (max - b) * Math.min(1, -p / 0.45);
                    return BigDecimal.valueOf(Math.max((long) t, Math.min((long) max, Math.round(v))));
                }
                return BigDecimal.valueOf(Math.round(b + (t - b) * p));
            }
            case "percent" -> {
                double w = ind.worst().doubleValue();
                double b = ind.baseline() != null ? ind.baseline().doubleValue() : w;
                double t = ind.target().doubleValue();
                // below the baseline, fall at most 3 times the planned gain and never towards 0 too fast
                double down = Math.min(3 * (t - b), 0.7 * (b - w));
                double v = p >= 0 ? b + (t - b) * p : b + down * p;
                v = Math.max(Math.min(w, t) + 1, Math.min(100, v));
                int scale = u("dec|" + qKey) < 0.1 ? 2 : 1;
                return BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_UP);
            }
            default -> throw new IllegalStateException("unsupported unit " + ind.unit() + " for " + ind.code());
        }
    }

    // ---------------------------------------------------------------- files

    static List<FileSpec> buildFiles(Unit unit, Period period, Map<String, Object> values, List<Indicator> indicators) {
        String id = unit.code() + "|" + period.label();
        String pl = period.label();
        FileSpec f = new FileSpec();
        f.fileName = unit.code() + "_" + pl + ".csv";
        f.unitText = unit.code();
        f.periodText = pl;
        Boolean forced = FORCED_SEMI.get(id);
        f.semi = forced != null ? forced : u("fmt|" + id) < 0.5;
        f.pctAll = u("pct|" + id) < 0.25;
        double b = u("boolstyle|" + id);
        f.boolWords = f.semi
                ? (b < 0.55 ? new String[]{"có", "không"} : b < 0.8 ? new String[]{"1", "0"} : new String[]{"true", "false"})
                : (b < 0.4 ? new String[]{"yes", "no"} : b < 0.8 ? new String[]{"true", "false"} : new String[]{"1", "0"});

        for (Map.Entry<String, Object> e : values.entrySet()) {
            Row r = new Row(e.getKey(), e.getValue());
            String nk = "note|" + id + "|" + e.getKey();
            if (u(nk) < 0.07) r.note = NOTE_POOL[(int) (u(nk + "|pick") * NOTE_POOL.length)];
            if (u("pctrow|" + id + "|" + e.getKey()) < 0.05) r.forcePct = true;
            f.rows.add(r);
        }

        List<FileSpec> out = new ArrayList<>(List.of(f));
        switch (id) {
            // ---- 2025-Q2
            case "01|2025-Q2" -> {
                row(f, "DL_CSDL_KET_NOI").note = NOTE_BOTH_DELIMS;
                REPORT.add(f.fileName + ": note of DL_CSDL_KET_NOI contains both ',' and ';' (quoted field)");
            }
            case "15|2025-Q2" -> {
                Row r = row(f, "KT_THANH_TOAN_KHONG_TIEN_MAT");
                r.value = "";
                r.note = "Chưa có số liệu tổng hợp";
                REPORT.add(f.fileName + ": KT_THANH_TOAN_KHONG_TIEN_MAT has an empty value (valid: not reported)");
            }
            case "25|2025-Q2" -> {
                f.trailingBlank = true;
                REPORT.add(f.fileName + ": ends with an Excel blank record ';;;;' (skipped, not counted)");
            }
            case "BCT|2025-Q2" -> {
                f.header = List.of("indicator_code", "value", "unit_code", "period", "note");
                REPORT.add(f.fileName + ": column order " + String.join(",", f.header));
            }
            case "QG|2025-Q2" -> natNotes(f, false);
            // ---- 2025-Q3
            case "24|2025-Q3" -> bad(f, "HT_VUNG_LOM_SONG", new BigDecimal("2.5"), "count that is not a whole number");
            case "BCA|2025-Q3" -> {
                Row r = new Row("HT_THON_CAP_QUANG", new BigDecimal("100"));
                r.bad = "indicator not applicable to a ministry (province only)";
                f.rows.add(5, r);
            }
            case "38|2025-Q3" -> {
                f.header = List.of("period", "unit_code", "indicator_code", "value");
                REPORT.add(f.fileName + ": column order " + String.join(",", f.header) + " (no note column)");
            }
            case "79|2025-Q3" -> {
                row(f, "DL_CSDL_KET_NOI").note = NOTE_NEWLINE;
                row(f, "CP_DVC_THIET_YEU").note = NOTE_QUOTE;
                REPORT.add(f.fileName + ": note of DL_CSDL_KET_NOI holds a quoted newline (physical lines != records);"
                        + " note of CP_DVC_THIET_YEU holds doubled quotes and ','");
            }
            case "BTP|2025-Q3" -> {
                f.header = List.of("Unit_Code", "Period", "Indicator_Code", "Value", "Note");
                REPORT.add(f.fileName + ": header names capitalised " + String.join(",", f.header));
            }
            case "QG|2025-Q3" -> natNotes(f, false);
            // ---- 2025-Q4
            case "01|2025-Q4" -> bad(f, "CP_HO_SO_TRUC_TUYEN", "abc", "value is not a number");
            case "38|2025-Q4" -> bad(f, "DL_SO_HOA_HO_SO", new BigDecimal("130"), "percent out of range 0-100");
            case "48|2025-Q4" -> bad(f, "AT_SU_CO_CHUA_KHAC_PHUC", new BigDecimal("-1"), "negative count");
            case "BYT|2025-Q4" -> {
                Row r = new Row("CP_BENH_AN_DIEN_TU", new BigDecimal("64.5"));
                r.bad = "unknown indicator code (not in the catalogue)";
                r.note = "Bệnh án điện tử";
                f.rows.add(r);
            }
            case "79|2025-Q4" -> {
                Row first = row(f, "AT_HTTT_CAP_DO");
                first.bad = "indicator listed twice in the file (every occurrence rejected)";
                Row second = new Row("AT_HTTT_CAP_DO", new BigDecimal("97.5"));
                second.bad = first.bad;
                second.note = "Cập nhật sau rà soát";
                f.rows.add(second);
            }
            case "08|2025-Q4" -> {
                f.pctAll = true;
                f.boolWords = new String[]{"có", "không"};
                f.rows.forEach(r -> r.note = null);
                REPORT.add("tie: " + f.fileName + " (';', decimal comma, '%', có/không) and " + TIE_COPY + "_" + pl
                        + ".csv (',', '.', true/false) carry identical values");
            }
            case "15|2025-Q4" -> {
                f.pctAll = false;
                f.boolWords = new String[]{"true", "false"};
                f.rows.forEach(r -> { r.note = null; r.forcePct = false; });
                row(f, "HT_THON_CAP_QUANG").note = "Đã phủ cáp quang toàn bộ thôn, bản";
            }
            case "BTC|2025-Q4" -> {
                Row dvc = row(f, "CP_DVC_THIET_YEU");
                dvc.value = new BigDecimal("92.5");
                dvc.note = "Số liệu tạm tính";
                row(f, "AT_SU_CO_CHUA_KHAC_PHUC").value = new BigDecimal("2");
                FileSpec r2 = new FileSpec();
                r2.fileName = unit.code() + "_" + pl + "_r2.csv";
                r2.unitText = f.unitText;
                r2.periodText = f.periodText;
                r2.semi = true;
                r2.pctAll = f.pctAll;
                r2.boolWords = f.boolWords;
                for (Row r : f.rows) {
                    Row c = new Row(r.indicator, r.value);
                    c.note = r.note;
                    c.forcePct = r.forcePct;
                    r2.rows.add(c);
                }
                Row dvc2 = row(r2, "CP_DVC_THIET_YEU");
                dvc2.value = new BigDecimal("100");
                dvc2.note = "Đã rà soát lại: 100% dịch vụ công thiết yếu trực tuyến toàn trình";
                Row sc2 = row(r2, "AT_SU_CO_CHUA_KHAC_PHUC");
                sc2.value = new BigDecimal("0");
                sc2.note = "Đã khắc phục xong 2 sự cố";
                out.add(r2);
                REPORT.add("revision: " + f.fileName + " and " + r2.fileName + "; r2 corrects CP_DVC_THIET_YEU 92,5 -> 100"
                        + " and AT_SU_CO_CHUA_KHAC_PHUC 2 -> 0 (r2 wins)");
            }
            case "BXD|2025-Q4" -> {
                f.fileName = f.fileName.toLowerCase(Locale.ROOT);
                f.unitText = f.unitText.toLowerCase(Locale.ROOT);
                f.periodText = f.periodText.toLowerCase(Locale.ROOT);
                f.lowerCodes = true;
                REPORT.add(f.fileName + ": lower-case file name, unit, period and indicator codes (valid)");
            }
            case "QG|2025-Q4" -> {
                natNotes(f, true);
                f.header = List.of("indicator_code", "value", "note", "period", "unit_code");
                REPORT.add(f.fileName + ": column order " + String.join(",", f.header));
            }
            default -> { }
        }
        return out;
    }

    static void natNotes(FileSpec f, boolean q4) {
        row(f, "CP_EGDI_XEP_HANG").note = "Xếp hạng năm 2024: 71/193, tăng 15 bậc";
        row(f, "KT_GII_XEP_HANG").note = "Xếp hạng năm 2024: 44/133, tăng 2 bậc";
        row(f, "AT_GCI_XEP_HANG").note = "Xếp hạng năm 2024: 17/194, tăng 8 bậc";
        row(f, "HT_TTDL_QUOC_GIA").note = q4 ? "Đi vào hoạt động cuối năm 2025" : "Đang xây dựng, dự kiến vận hành cuối năm 2025";
        row(f, "HT_5G_THUONG_MAI").note = "Đã thương mại hóa 5G";
    }

    static void bad(FileSpec f, String indicator, Object value, String reason) {
        Row r = row(f, indicator);
        r.value = value;
        r.bad = reason;
        r.noPct = true;
        r.note = null;
    }

    static Row row(FileSpec f, String indicator) {
        for (Row r : f.rows) if (r.indicator.equals(indicator)) return r;
        throw new IllegalStateException(indicator + " not in " + f.fileName);
    }

    static String format(FileSpec f, Row r, boolean percent) {
        Object v = r.value;
        if (v instanceof Boolean b) return b ? f.boolWords[0] : f.boolWords[1];
        if (v instanceof String s) return s;
        String s = ((BigDecimal) v).stripTrailingZeros().toPlainString();
        if (f.semi) s = s.replace('.', ',');
        if (percent && !r.noPct && (f.pctAll || r.forcePct)) s += "%";
        return s;
    }

    static void writeFile(Path dir, FileSpec f) throws IOException {
        Map<String, Indicator> catalogue = INDICATORS;
        char d = f.semi ? ';' : ',';
        String eol = f.semi ? "\r\n" : "\n";
        StringBuilder sb = new StringBuilder();
        if (f.semi) sb.append('\uFEFF');
        sb.append(String.join(String.valueOf(d), f.header)).append(eol);
        int line = 2, record = 0;
        for (Row r : f.rows) {
            record++;
            Indicator ind = catalogue.get(r.indicator);
            String value = format(f, r, ind != null && ind.isPercent());
            List<String> cells = new ArrayList<>();
            for (String h : f.header) {
                cells.add(switch (h.toLowerCase(Locale.ROOT)) {
                    case "unit_code" -> f.unitText;
                    case "period" -> f.periodText;
                    case "indicator_code" -> f.lowerCodes ? r.indicator.toLowerCase(Locale.ROOT) : r.indicator;
                    case "value" -> value;
                    case "note" -> r.note == null ? "" : r.note;
                    default -> throw new IllegalStateException(h);
                });
            }
            StringBuilder rec = new StringBuilder();
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) rec.append(d);
                rec.append(quote(cells.get(i), d));
            }
            if (f.semi && value.matches("-?[1-9]\\d{0,2}(\\.\\d{3})+")) {
                throw new IllegalStateException("ambiguous value " + value + " in " + f.fileName);
            }
            if (r.bad != null) {
                REPORT.add(String.format("bad row: %s line %d (data record %d): %s = '%s' -> %s",
                        f.fileName, line, record, r.indicator, value, r.bad));
            }
            sb.append(rec).append(eol);
            line += 1 + (int) rec.chars().filter(c -> c == '\n').count();
        }
        if (f.trailingBlank) sb.append(String.valueOf(d).repeat(f.header.size() - 1)).append(eol);
        Files.write(dir.resolve(f.fileName), sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String quote(String s, char d) {
        if (s.indexOf(d) < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    // ---------------------------------------------------------------- hashing (deterministic, no Random state)

    /** FNV-1a 64 of the UTF-8 bytes, finalised with splitmix64, mapped to [0, 1). */
    static double u(String key) {
        long h = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h ^= (b & 0xff);
            h *= 0x100000001b3L;
        }
        h += 0x9e3779b97f4a7c15L;
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        h ^= h >>> 31;
        return (h >>> 11) * 0x1.0p-53;
    }

    // ---------------------------------------------------------------- CSV reading

    static Map<String, Indicator> INDICATORS = new TreeMap<>();

    static List<RegRow> readRegistry(Path file) throws IOException {
        List<List<String>> rows = readCsv(file);
        List<String> h = rows.get(0);
        List<RegRow> out = new ArrayList<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            String to = r.get(h.indexOf("valid_to"));
            String succ = r.get(h.indexOf("successor_code"));
            out.add(new RegRow(r.get(h.indexOf("code")), r.get(h.indexOf("name_vi")), r.get(h.indexOf("kind")),
                    LocalDate.parse(r.get(h.indexOf("valid_from"))), to.isEmpty() ? null : LocalDate.parse(to),
                    succ.isEmpty() ? null : succ));
        }
        return out;
    }

    static List<Indicator> readIndicators(Path file) throws IOException {
        List<List<String>> rows = readCsv(file);
        List<String> h = rows.get(0);
        int target = h.indexOf("target_2025");
        if (target < 0) throw new IllegalStateException("indicators.csv has no target_2025 column");
        List<Indicator> out = new ArrayList<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            Indicator ind = new Indicator(r.get(h.indexOf("code")), r.get(h.indexOf("unit")), r.get(h.indexOf("direction")),
                    Set.copyOf(Arrays.asList(r.get(h.indexOf("applies_to")).split(";"))),
                    dec(r.get(h.indexOf("worst"))), dec(r.get(h.indexOf("baseline"))), dec(r.get(target)));
            out.add(ind);
            INDICATORS.put(ind.code(), ind);
        }
        return out;
    }

    static BigDecimal dec(String s) {
        return s == null || s.isBlank() ? null : new BigDecimal(s.trim());
    }

    /** Minimal RFC 4180 reader for the reference files (',' delimiter, quoted fields, BOM tolerated). */
    static List<List<String>> readCsv(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false, any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') { cell.append('"'); i++; }
                    else quoted = false;
                } else cell.append(c);
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                if (any || cell.length() > 0) { row.add(cell.toString()); rows.add(row); }
                row = new ArrayList<>();
                cell.setLength(0);
                any = false;
            } else {
                cell.append(c);
                any = true;
            }
        }
        if (quoted) throw new UncheckedIOException(new IOException("unterminated quote in " + file));
        if (any || cell.length() > 0) { row.add(cell.toString()); rows.add(row); }
        return rows;
    }
}
