package vn.dxscorecard.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import vn.dxscorecard.support.JobHarness;

/**
 * What one run of the real job gave, read back from its output files, and an independent
 * check that every row the job did not reject reached {@code scores.csv} with its value.
 * The check re-reads the accepted input files with its own, deliberately plain, reading
 * of SPEC §3 (it only has to understand valid rows).
 */
final class JobOutcome {

    static final String PERIOD = "2025-Q4";

    private static final Path INDICATORS = Path.of("src/main/resources/reference/indicators.csv");

    private static final Map<String, String> BOOLEANS = Map.of("yes", "1", "có", "1", "true", "1", "1", "1", "no", "0",
            "không", "0", "false", "0", "0", "0");

    final int exitCode;

    final Path input;

    final List<Map<String, String>> files;

    final List<Map<String, String>> rejections;

    final List<Map<String, String>> scores;

    final List<Map<String, String>> rankings;

    final Path validationDir;

    JobOutcome(JobHarness harness, int exitCode) throws IOException {
        this.exitCode = exitCode;
        this.input = harness.input();
        Path dir = harness.periodDir(PERIOD);
        this.validationDir = dir.resolve("validation");
        this.files = JobHarness.readCsv(validationDir.resolve("files.csv"));
        this.rejections = JobHarness.readCsv(validationDir.resolve("rejections.csv"));
        this.scores = JobHarness.readCsv(dir.resolve("scores.csv"));
        this.rankings = JobHarness.readCsv(dir.resolve("rankings.csv"));
    }

    Map<String, String> file(String name) {
        return files.stream()
            .filter(f -> f.get("file").equals(name))
            .findFirst()
            .orElseThrow(() -> new AssertionError(name + " is not in files.csv"));
    }

    boolean listed(String name) {
        return files.stream().anyMatch(f -> f.get("file").equals(name));
    }

    List<Map<String, String>> rejectionsOf(String fileName) {
        return rejections.stream().filter(r -> r.get("file").equals(fileName)).toList();
    }

    /**
     * The value scores.csv holds for the unit and indicator; null when it has no such
     * row.
     */
    String score(String unit, String indicator) {
        return scores.stream()
            .filter(s -> s.get("unit_code").equals(unit) && s.get("indicator_code").equals(indicator))
            .map(s -> s.get("value"))
            .findFirst()
            .orElse(null);
    }

    String rankingStatus(String unit) {
        return rankings.stream()
            .filter(r -> r.get("unit_code").equals(unit))
            .map(r -> r.get("status"))
            .findFirst()
            .orElse(null);
    }

    /**
     * Every unit that has a file in the shipped sample is ranked: a bad file never costs
     * a unit its place when it still has a good one.
     */
    void assertSampleUnitsRanked() throws IOException {
        Set<String> units = new java.util.TreeSet<>();
        try (var sample = Files.list(JobHarness.SAMPLE_INPUT)) {
            sample.map(p -> p.getFileName().toString().toUpperCase(Locale.ROOT))
                .filter(n -> n.contains("_" + PERIOD + "."))
                .map(n -> n.substring(0, n.indexOf('_')))
                .forEach(units::add);
        }
        units.remove("QG");
        assertThat(units).hasSize(49);
        assertThat(units).allSatisfy(u -> assertThat(rankingStatus(u)).as("ranking of %s", u).isEqualTo("ranked"));
        assertThat(scores).anyMatch(s -> s.get("unit_code").equals("QG"));
    }

    /**
     * For every accepted file of the unit: each row not in rejections.csv is scored with
     * its value, the others not.
     */
    void assertValidRowsScored(String unit) {
        List<Map<String, String>> accepted = files.stream()
            .filter(f -> unit.equals(f.get("unit_code")) && f.get("status").equals("accepted"))
            .toList();
        assertThat(accepted).as("accepted files of %s", unit).hasSizeLessThanOrEqualTo(1);
        for (Map<String, String> file : accepted) {
            String name = file.get("file");
            Set<Long> rejected = rejectionsOf(name).stream()
                .map(r -> Long.parseLong(r.get("record")))
                .collect(Collectors.toSet());
            List<Row> rows = read(input.resolve(name));
            assertThat(rows).as("data rows of %s", name).isNotEmpty();
            for (Row row : rows) {
                String scored = score(unit, row.indicator());
                if (rejected.contains(row.record())) {
                    assertThat(scored)
                        .as("%s record %d (%s) is rejected: not reported", name, row.record(), row.indicator())
                        .isIn(null, "");
                }
                else {
                    assertThat(scored).as("%s record %d (%s) is valid: scored", name, row.record(), row.indicator())
                        .isEqualTo(row.expected());
                }
            }
            assertThat(file.get("rows_read")).as("rows_read of %s", name).isEqualTo(String.valueOf(rows.size()));
            assertThat(file.get("rows_rejected")).as("rows_rejected of %s", name)
                .isEqualTo(String.valueOf(rejected.size()));
            assertThat(file.get("rows_accepted")).as("rows_accepted of %s", name)
                .isEqualTo(String.valueOf(rows.size() - rejected.size()));
        }
    }

    record Row(long record, String indicator, String expected) {
    }

    private static List<Row> read(Path file) {
        try {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            text = text.startsWith("\uFEFF") ? text.substring(1) : text;
            String headerLine = text.lines()
                .filter(l -> !l.replaceAll("[\\s,;\\u00A0]", "").isEmpty())
                .findFirst()
                .orElseThrow();
            char delimiter = count(headerLine, ';') > count(headerLine, ',') ? ';' : ',';
            Map<String, String> units = indicatorUnits();
            List<Row> rows = new ArrayList<>();
            Map<String, Integer> columns = null;
            try (CSVParser parser = CSVParser.parse(new StringReader(text),
                    CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get())) {
                for (CSVRecord record : parser) {
                    if (record.stream().allMatch(c -> trim(c).isEmpty())) {
                        continue;
                    }
                    if (columns == null) {
                        columns = new HashMap<>();
                        for (int i = 0; i < record.size(); i++) {
                            columns.put(trim(record.get(i)).toLowerCase(Locale.ROOT), i);
                        }
                        continue;
                    }
                    String indicator = cell(record, columns, "indicator_code").toUpperCase(Locale.ROOT);
                    String value = cell(record, columns, "value");
                    rows.add(new Row(record.getRecordNumber(), indicator,
                            normalise(value, units.get(indicator), delimiter)));
                }
            }
            return rows;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cell(CSVRecord record, Map<String, Integer> columns, String name) {
        Integer i = columns.get(name);
        return i == null || i >= record.size() ? "" : trim(record.get(i));
    }

    /**
     * scores.csv's {@code value}: "." decimals, no trailing zeros, booleans 1/0, empty
     * when not reported.
     */
    private static String normalise(String value, String unit, char delimiter) {
        if (value.isEmpty() || unit == null) {
            return value.isEmpty() ? "" : null;
        }
        if (unit.equals("boolean")) {
            return BOOLEANS.get(Normalizer.normalize(value, Normalizer.Form.NFC).toLowerCase(Locale.ROOT));
        }
        String number = value.endsWith("%") ? value.substring(0, value.length() - 1).trim() : value;
        number = delimiter == ';' ? number.replace(',', '.') : number;
        try {
            return new BigDecimal(number).stripTrailingZeros().toPlainString();
        }
        catch (NumberFormatException e) {
            return "<not a number: " + value + ">";
        }
    }

    private static Map<String, String> indicatorUnits() throws IOException {
        Map<String, String> units = new HashMap<>();
        try (CSVParser parser = CSVParser.parse(INDICATORS, StandardCharsets.UTF_8,
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            parser.forEach(r -> units.put(r.get("code"), r.get("unit")));
        }
        return units;
    }

    private static long count(String line, char c) {
        return line.chars().filter(ch -> ch == c).count();
    }

    private static String trim(String cell) {
        return cell.replace('\u00A0', ' ').strip();
    }

}
