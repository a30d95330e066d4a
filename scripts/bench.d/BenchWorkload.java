import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic but valid benchmark workloads for period 2025-Q4: a registry of N province-kind units (and the real
 * ministries) given to the job through --reference, and one submission per unit with every applicable indicator.
 * Usage: java BenchWorkload.java registry-and-input DIR UNITS
 *        java BenchWorkload.java stress DIR ROWS      (one file of ROWS rows for unit 01)
 * Deterministic: a fixed seed, so every run of the benchmark measures the same bytes.
 */
public class BenchWorkload {

    record Indicator(String code, String unit, List<String> appliesTo) {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(System.getProperty("dx.root", "."));
        Path dir = Path.of(args[1]);
        int count = Integer.parseInt(args[2]);
        List<Indicator> catalogue = catalogue(root.resolve("src/main/resources/reference/indicators.csv"));
        Files.createDirectories(dir.resolve("input"));
        Random random = new Random(20251231L);
        if (args[0].equals("stress")) {
            stress(dir.resolve("input/01_2025-Q4.csv"), count, catalogue, random);
            return;
        }
        Path reference = Files.createDirectories(dir.resolve("reference"));
        Files.copy(root.resolve("src/main/resources/reference/ministries.csv"), reference.resolve("ministries.csv"));
        List<String> codes = new ArrayList<>();
        try (BufferedWriter out = Files.newBufferedWriter(reference.resolve("provinces.csv"), StandardCharsets.UTF_8)) {
            out.write("code,name_vi,kind,valid_from,valid_to,successor_code\n");
            for (int i = 1; i <= count; i++) {
                String code = String.format("X%05d", i);
                codes.add(code);
                out.write(code + ",Xã Thử Nghiệm " + i + ",province,2025-07-01,,\n");
            }
        }
        for (String code : codes) {
            write(dir.resolve("input/" + code + "_2025-Q4.csv"), code, "province", catalogue, random);
        }
        for (String ministry : List.of("BQP", "BCA", "BNG", "BNV", "BTP", "BTC", "BCT", "BNNMT", "BXD", "BKHCN",
                "BVHTTDL", "BGDDT", "BYT", "BDTTG", "NHNN", "TTCP", "VPCP")) {
            write(dir.resolve("input/" + ministry + "_2025-Q4.csv"), ministry, "ministry", catalogue, random);
        }
    }

    private static void write(Path file, String unit, String kind, List<Indicator> catalogue, Random random)
            throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("unit_code,period,indicator_code,value,note\n");
            for (Indicator indicator : catalogue) {
                if (indicator.appliesTo().contains(kind)) {
                    out.write(unit + ",2025-Q4," + indicator.code() + "," + value(indicator, random) + ",\n");
                }
            }
        }
    }

    /** Rows cycle through the catalogue, so all but the first few are duplicates: every row is still validated. */
    private static void stress(Path file, int rows, List<Indicator> catalogue, Random random) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("unit_code,period,indicator_code,value,note\n");
            for (int i = 0; i < rows; i++) {
                Indicator indicator = catalogue.get(i % catalogue.size());
                out.write("01,2025-Q4," + indicator.code() + "," + value(indicator, random) + ",row " + i + "\n");
            }
        }
    }

    private static String value(Indicator indicator, Random random) {
        return switch (indicator.unit()) {
            case "boolean" -> random.nextInt(10) < 8 ? "1" : "0";
            case "count" -> String.valueOf(random.nextInt(20));
            case "rank" -> String.valueOf(1 + random.nextInt(150));
            default -> String.format(java.util.Locale.ROOT, "%.1f", 40 + random.nextDouble() * 60);
        };
    }

    private static List<Indicator> catalogue(Path file) throws IOException {
        List<Indicator> indicators = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            // The shipped catalogue has no quoted commas before the applies_to column.
            String[] cells = line.split(",");
            indicators.add(new Indicator(cells[0], cells[4], List.of(cells[6].split(";"))));
        }
        return indicators;
    }
}
