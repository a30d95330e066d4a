package vn.dxscorecard.support;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import vn.dxscorecard.DxScorecardApplication;

/**
 * Runs the real job, through the real entry point, on a private workspace:
 * {@code input/}, {@code output/} and an H2 file database under {@code data/}, all inside
 * a temporary folder.
 */
public final class JobHarness {

    public static final Path SAMPLE_INPUT = Path.of("input");

    private final Path root;

    public JobHarness(Path root) throws IOException {
        this.root = root;
        Files.createDirectories(input());
    }

    public Path input() {
        return root.resolve("input");
    }

    public Path output() {
        return root.resolve("output");
    }

    public Path data() {
        return root.resolve("data");
    }

    public Path periodDir(String period) {
        return output().resolve(period);
    }

    /**
     * Copies the shipped sample submissions of the given periods into this workspace's
     * input.
     */
    public JobHarness withSample(String... periods) throws IOException {
        try (Stream<Path> files = Files.list(SAMPLE_INPUT)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString().toUpperCase(Locale.ROOT);
                for (String period : periods) {
                    if (name.contains("_" + period.toUpperCase(Locale.ROOT))) {
                        Files.copy(file, input().resolve(file.getFileName()));
                    }
                }
            }
        }
        return this;
    }

    /** The text of one shipped sample submission, to change before {@link #withFile}. */
    public static String sampleText(String fileName) throws IOException {
        return Files.readString(SAMPLE_INPUT.resolve(fileName), StandardCharsets.UTF_8);
    }

    /** Copies a test resource file into the input folder under the given name. */
    public JobHarness withResource(String resource, String fileName) throws IOException {
        try (var in = JobHarness.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            Files.copy(in, input().resolve(fileName));
        }
        return this;
    }

    public JobHarness withFile(String fileName, String content) throws IOException {
        Files.writeString(input().resolve(fileName), content, StandardCharsets.UTF_8);
        return this;
    }

    public JobHarness withBytes(String fileName, byte[] content) throws IOException {
        Files.write(input().resolve(fileName), content);
        return this;
    }

    /**
     * Runs the job with this workspace's folders, no settle time, and the given extra
     * arguments.
     */
    public int run(String... args) {
        return run(Duration.ZERO, args);
    }

    /** Runs the job with this workspace's folders and the given settle time. */
    public int run(Duration settleTime, String... args) {
        List<String> all = new ArrayList<>(List.of("--input=" + input(), "--output=" + output(), "--data=" + data(),
                "--dx.intake.settle-time=" + settleTime.toMillis() + "ms"));
        all.addAll(List.of(args));
        return DxScorecardApplication.run(all.toArray(String[]::new));
    }

    /** A launch's exit code and the lines it added to the workspace's log file. */
    public record Logged(int code, String log) {
    }

    /** {@link #run(String...)}, with what the launch logged. */
    public Logged runLogged(String... args) throws IOException {
        Path log = data().resolve("logs/dx-scorecard.log");
        long before = Files.exists(log) ? Files.size(log) : 0;
        int code = run(args);
        byte[] all = Files.exists(log) ? Files.readAllBytes(log) : new byte[0];
        return new Logged(code, new String(all, (int) before, all.length - (int) before, StandardCharsets.UTF_8));
    }

    /** Reads an output CSV (UTF-8 with BOM) as rows keyed by header name. */
    public static List<Map<String, String>> readCsv(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!text.startsWith("\uFEFF")) {
            throw new AssertionError(file + " does not start with a UTF-8 BOM");
        }
        List<Map<String, String>> rows = new ArrayList<>();
        try (Reader reader = new StringReader(text.substring(1));
                CSVParser parser = CSVParser.parse(reader,
                        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            for (CSVRecord record : parser) {
                rows.add(new LinkedHashMap<>(record.toMap()));
            }
        }
        return rows;
    }

    public static List<String> header(Path file) throws IOException {
        String first = Files.readAllLines(file, StandardCharsets.UTF_8).getFirst();
        return List.of(first.replace("\uFEFF", "").split(","));
    }

    public static Map<String, String> row(List<Map<String, String>> rows, String column, String value) {
        return rows.stream()
            .filter(r -> value.equals(r.get(column)))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no row with " + column + "=" + value));
    }

    /**
     * The first column of a query on the workspace's H2 database (the job repository and
     * our tables), with no job running.
     */
    public List<String> query(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data().resolve("dx-scorecard"), "sa", "");
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

}
