package vn.dxscorecard.support;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An independent reading of SPEC §5 for the end-to-end tests: it shares no code with the
 * product, reads the catalogue CSV and one valid submission file directly, and computes
 * what the job must publish. It only understands files whose rows are all valid, which is
 * what the tests feed it.
 */
public final class SpecCalculator {

    private static final MathContext MC = MathContext.DECIMAL128;

    private static final Path CATALOGUE = Path.of("src/main/resources/reference");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Results for one unit: exact indicator scores, pillar scores, overall. */
    public record Result(Map<String, BigDecimal> indicatorScores, Map<String, BigDecimal> pillarScores,
            BigDecimal overall) {

        public String rounded() {
            return overall.setScale(2, RoundingMode.HALF_UP).toPlainString();
        }

        public String pillar(String code) {
            return pillarScores.get(code).setScale(2, RoundingMode.HALF_UP).toPlainString();
        }

        public String indicator(String code) {
            return indicatorScores.get(code).setScale(2, RoundingMode.HALF_UP).toPlainString();
        }
    }

    private final List<CSVRecord> indicators;

    private final List<CSVRecord> pillars;

    public SpecCalculator() throws IOException {
        this.indicators = read(CATALOGUE.resolve("indicators.csv"), ',');
        this.pillars = read(CATALOGUE.resolve("pillars.csv"), ',');
    }

    /**
     * Scores a unit of the given kind ({@code province}, {@code ministry},
     * {@code national}) from its file.
     */
    public Result score(Path submission, String kind, int year) throws IOException {
        String text = Files.readString(submission, StandardCharsets.UTF_8).replace("\uFEFF", "");
        String header = text.substring(0, text.indexOf('\n'));
        char delimiter = header.chars().filter(c -> c == ';').count() > header.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        Map<String, String> values = new HashMap<>();
        for (CSVRecord row : parse(text, delimiter)) {
            values.put(row.get("indicator_code").trim().toUpperCase(Locale.ROOT), row.get("value").trim());
        }
        return score(values, delimiter, kind, year);
    }

    /**
     * Scores a unit from values as {@code scores.csv} publishes them: {@code .} decimal,
     * booleans {@code 1}/{@code 0}, empty when not reported.
     */
    public Result scoreValues(Map<String, String> values, String kind, int year) {
        return score(values, ',', kind, year);
    }

    private Result score(Map<String, String> values, char delimiter, String kind, int year) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        Map<String, BigDecimal[]> pillarSums = new LinkedHashMap<>();
        for (CSVRecord indicator : indicators) {
            String target = indicator.get("target_" + year);
            if (!List.of(indicator.get("applies_to").split(";")).contains(kind) || target.isEmpty()) {
                continue;
            }
            BigDecimal score = HUNDRED
                .multiply(attainment(indicator, values.get(indicator.get("code")), target, delimiter), MC);
            scores.put(indicator.get("code"), score);
            BigDecimal weight = new BigDecimal(indicator.get("weight"));
            pillarSums.computeIfAbsent(indicator.get("pillar"),
                    k -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
            BigDecimal[] sums = pillarSums.get(indicator.get("pillar"));
            sums[0] = sums[0].add(weight.multiply(score, MC), MC);
            sums[1] = sums[1].add(weight, MC);
        }
        Map<String, BigDecimal> pillarScores = new LinkedHashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (CSVRecord pillar : pillars) {
            BigDecimal[] sums = pillarSums.get(pillar.get("code"));
            if (sums == null) {
                continue;
            }
            BigDecimal score = sums[0].divide(sums[1], MC);
            pillarScores.put(pillar.get("code"), score);
            BigDecimal weight = new BigDecimal(pillar.get("weight"));
            total = total.add(weight.multiply(score, MC), MC);
            weights = weights.add(weight, MC);
        }
        return new Result(scores, pillarScores, total.divide(weights, MC));
    }

    /**
     * SPEC §5 gain if met by its closed form, {@code w_p/Σw_p · w_i/Σw_i · (100 − s)},
     * over the pillars and indicators that count for the unit; null at 100.
     */
    public BigDecimal gainIfMet(Result result, String indicatorCode) {
        BigDecimal s = result.indicatorScores().get(indicatorCode);
        if (s.compareTo(HUNDRED) == 0) {
            return null;
        }
        CSVRecord indicator = indicators.stream()
            .filter(i -> i.get("code").equals(indicatorCode))
            .findFirst()
            .orElseThrow();
        String pillar = indicator.get("pillar");
        BigDecimal pillarWeights = result.pillarScores()
            .keySet()
            .stream()
            .map(this::pillarWeight)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal indicatorWeights = indicators.stream()
            .filter(i -> i.get("pillar").equals(pillar) && result.indicatorScores().containsKey(i.get("code")))
            .map(i -> new BigDecimal(i.get("weight")))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
        return pillarWeight(pillar).divide(pillarWeights, MC)
            .multiply(new BigDecimal(indicator.get("weight")).divide(indicatorWeights, MC), MC)
            .multiply(HUNDRED.subtract(s), MC);
    }

    /** The overall score without one pillar, the other pillars' weights renormalised. */
    public BigDecimal overallWithout(Result result, String pillar) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> p : result.pillarScores().entrySet()) {
            if (!p.getKey().equals(pillar)) {
                total = total.add(pillarWeight(p.getKey()).multiply(p.getValue(), MC), MC);
                weights = weights.add(pillarWeight(p.getKey()), MC);
            }
        }
        return total.divide(weights, MC);
    }

    /**
     * An indicator's catalogue row: {@code direction}, {@code unit}, {@code target_YYYY}…
     */
    public Map<String, String> indicator(String code) {
        return indicators.stream().filter(i -> i.get("code").equals(code)).findFirst().orElseThrow().toMap();
    }

    private BigDecimal pillarWeight(String code) {
        return new BigDecimal(
                pillars.stream().filter(p -> p.get("code").equals(code)).findFirst().orElseThrow().get("weight"));
    }

    private static BigDecimal attainment(CSVRecord indicator, String raw, String target, char delimiter) {
        if (raw == null || raw.isEmpty()) {
            return BigDecimal.ZERO;
        }
        String value = raw.toLowerCase(Locale.ROOT);
        if (indicator.get("unit").equals("boolean")) {
            return List.of("1", "yes", "true", "có").contains(value) ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        if (value.endsWith("%")) {
            value = value.substring(0, value.length() - 1).trim();
        }
        if (delimiter == ';') {
            value = value.replace(',', '.');
        }
        BigDecimal x = new BigDecimal(value);
        BigDecimal worst = new BigDecimal(indicator.get("worst"));
        BigDecimal a = x.subtract(worst).divide(new BigDecimal(target).subtract(worst), MC);
        return a.max(BigDecimal.ZERO).min(BigDecimal.ONE);
    }

    private static List<CSVRecord> read(Path file, char delimiter) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), delimiter);
    }

    private static List<CSVRecord> parse(String text, char delimiter) throws IOException {
        try (Reader reader = new StringReader(text);
                CSVParser parser = CSVParser.parse(reader,
                        CSVFormat.RFC4180.builder()
                            .setDelimiter(delimiter)
                            .setHeader()
                            .setSkipHeaderRecord(true)
                            .setIgnoreEmptyLines(true)
                            .setIgnoreHeaderCase(true)
                            .setTrim(true)
                            .get())) {
            return parser.getRecords().stream().filter(r -> r.isConsistent() && !r.get(0).isBlank()).toList();
        }
    }

}
