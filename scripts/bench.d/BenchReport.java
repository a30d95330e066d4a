import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns scripts/bench's results.tsv into the tables of docs/BENCHMARKS.md: medians, ranges, and each target checked.
 * Usage: BenchReport RESULTS RUNS TARGET_MD. The tables go between the markers below; the analysis written by hand
 * around them stays.
 */
public class BenchReport {

    /** idleWall, idleRssMb: the next launch with the same files, which has nothing to do. */
    record Run(String kase, int files, int rows, int pdfs, double wall, long rssMb, long heapMb,
            Map<String, Long> steps, double idleWall, long idleRssMb) {
    }

    /** The same run under the JVM's own memory defaults: G1, a quarter of RAM as the heap ceiling. */
    record JvmDefaults(double wall, long rssMb) {
    }

    public static void main(String[] args) throws IOException {
        List<Run> runs = new ArrayList<>();
        List<Double> bare = new ArrayList<>();
        List<Double> h2floor = new ArrayList<>();
        Map<String, List<JvmDefaults>> jvmDefaults = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            String[] f = line.split("\t");
            if (f[0].equals("jvm-defaults")) {
                jvmDefaults.computeIfAbsent(f[1], k -> new ArrayList<>())
                    .add(new JvmDefaults(Double.parseDouble(f[3]), Long.parseLong(f[4])));
                continue;
            }
            if (f[0].equals("bare") || f[0].equals("h2floor")) {
                // Both print "… seconds=S" last.
                (f[0].equals("bare") ? bare : h2floor).add(Double.parseDouble(f[2].replaceAll(".* seconds=", "")));
                continue;
            }
            Map<String, Long> steps = new LinkedHashMap<>();
            if (!f[8].isEmpty()) {
                for (String s : f[8].split(" ")) {
                    String[] kv = s.split("=");
                    steps.put(kv[0].replace("Step", ""), Long.parseLong(kv[1]));
                }
            }
            runs.add(new Run(f[0], Integer.parseInt(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4]),
                    Double.parseDouble(f[5]), Long.parseLong(f[6]), Long.parseLong(f[7]), steps,
                    Double.parseDouble(f[9]), Long.parseLong(f[10])));
        }
        Map<String, List<Run>> byCase = new LinkedHashMap<>();
        runs.forEach(r -> byCase.computeIfAbsent(r.kase(), k -> new ArrayList<>()).add(r));

        StringBuilder md = new StringBuilder();
        md.append("Written by `scripts/bench ").append(args[1])
                .append("` (runs per case). Each run is the whole job as an operator starts it:"
                        + " `scripts/dx-scorecard`, JVM start included, fresh H2 database, period 2025-Q4. Medians, with"
                        + " min–max in brackets.\n\n");
        md.append("## Machine\n\n").append(machine()).append("\n");
        md.append("## Whole runs\n\n| case | files | data rows | PDFs | wall s | peak RSS MB | max heap after GC MB |"
                + " reference | intake | validation | scoring | ranking | scorecards | publish |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (var e : byCase.entrySet()) {
            List<Run> rs = e.getValue();
            Run first = rs.getFirst();
            md.append("| ").append(e.getKey()).append(" | ").append(first.files()).append(" | ").append(first.rows())
                    .append(" | ").append(first.pdfs()).append(" | ")
                    .append(stat(rs.stream().mapToDouble(Run::wall).toArray(), "%.2f")).append(" | ")
                    .append(stat(rs.stream().mapToDouble(Run::rssMb).toArray(), "%.0f")).append(" | ")
                    .append(stat(rs.stream().mapToDouble(Run::heapMb).toArray(), "%.0f"));
            for (String step : List.of("reference", "intake", "validation", "scoring", "ranking", "scorecard", "publish")) {
                md.append(" | ").append(String.format(Locale.ROOT, "%.2f",
                        median(rs.stream().mapToDouble(r -> r.steps().getOrDefault(step, 0L) / 1000.0).toArray())));
            }
            md.append(" |\n");
        }
        md.append("\nStep columns are seconds from `BATCH_STEP_EXECUTION` (start to end of each step).\n\n");
        md.append("## Nothing to do\n\nThe launch after each run, with the same files: it hashes the period's files,"
                + " finds the fingerprint unchanged and exits 0 without a job instance (SPEC §8).\n\n"
                + "| case | full run wall s | nothing to do wall s | ratio | nothing to do peak RSS MB |\n"
                + "|---|---|---|---|---|\n");
        for (var e : byCase.entrySet()) {
            List<Run> rs = e.getValue();
            double full = median(rs.stream().mapToDouble(Run::wall).toArray());
            double idle = median(rs.stream().mapToDouble(Run::idleWall).toArray());
            md.append("| ").append(e.getKey()).append(" | ").append(String.format(Locale.ROOT, "%.2f", full))
                    .append(" | ").append(stat(rs.stream().mapToDouble(Run::idleWall).toArray(), "%.2f"))
                    .append(" | ").append(String.format(Locale.ROOT, "%.2f", idle / full)).append(" | ")
                    .append(stat(rs.stream().mapToDouble(Run::idleRssMb).toArray(), "%.0f")).append(" |\n");
        }
        md.append("\n");
        md.append(memory(byCase, jvmDefaults));
        md.append(targets(byCase, bare));
        if (!h2floor.isEmpty()) {
            md.append(String.format(Locale.ROOT, "\nBaselines of the 1M-row case, same JVM setup: bare Commons CSV parse"
                    + " %s s; H2 insert floor (1M rows shaped like `dx_raw_row`, batched, one transaction) %s s.\n",
                    stat(bare.stream().mapToDouble(Double::doubleValue).toArray(), "%.2f"),
                    stat(h2floor.stream().mapToDouble(Double::doubleValue).toArray(), "%.2f")));
        }
        splice(Path.of(args[2]), md.toString());
    }

    private static final String BEGIN = "<!-- bench:begin (written by scripts/bench) -->";
    private static final String END = "<!-- bench:end -->";

    private static void splice(Path target, String tables) throws IOException {
        String old = Files.exists(target) ? Files.readString(target) : "";
        int begin = old.indexOf(BEGIN);
        int end = old.indexOf(END);
        String text = begin >= 0 && end > begin
                ? old.substring(0, begin) + BEGIN + "\n" + tables + END + old.substring(end + END.length())
                : "# Benchmarks\n\n" + BEGIN + "\n" + tables + END + "\n";
        Files.writeString(target, text);
    }

    private static String targets(Map<String, List<Run>> byCase, List<Double> bare) {
        StringBuilder t = new StringBuilder("## Targets\n\n| target | measured | met |\n|---|---|---|\n");
        if (byCase.containsKey("national")) {
            double wall = median(byCase.get("national").stream().mapToDouble(Run::wall).toArray());
            t.append(row("national quarter end to end < 4 s wall incl. JVM start", "%.2f s".formatted(wall),
                    wall < 4));
        }
        if (byCase.containsKey("commune")) {
            double wall = median(byCase.get("commune").stream().mapToDouble(Run::wall).toArray());
            t.append(row("commune scale < 60 s wall, PDFs included", "%.2f s".formatted(wall), wall < 60));
            if (byCase.containsKey("commune2x")) {
                double wall2 = median(byCase.get("commune2x").stream().mapToDouble(Run::wall).toArray());
                t.append(row("2× units costs ≤ 2.2× time", "%.2f× (%.2f s / %.2f s)".formatted(wall2 / wall, wall2,
                        wall), wall2 / wall <= 2.2));
            }
        }
        if (byCase.containsKey("rows1m") && !bare.isEmpty()) {
            List<Run> big = byCase.get("rows1m");
            double ingest = median(big.stream().mapToDouble(r -> (r.steps().getOrDefault("intake", 0L)
                    + r.steps().getOrDefault("validation", 0L)) / 1000.0).toArray());
            double parse = median(bare.stream().mapToDouble(Double::doubleValue).toArray());
            t.append(row("ingest + validation of 1M rows ≥ 30% of the bare Commons CSV parse rate",
                    "%.1f%% (%.2f s vs bare parse %.2f s)".formatted(100 * parse / ingest, ingest, parse),
                    parse / ingest >= 0.30));
            double heap = median(big.stream().mapToDouble(Run::heapMb).toArray());
            t.append(row("heap after GC < 256 MB at 1M rows", "%.0f MB".formatted(heap), heap < 256));
            if (byCase.containsKey("rows10k")) {
                double small = median(byCase.get("rows10k").stream().mapToDouble(Run::heapMb).toArray());
                t.append(row("… and ≤ heap at 10k rows + 64 MB", "%.0f MB vs %.0f MB + 64".formatted(heap, small),
                        heap <= small + 64));
            }
        }
        return t.toString();
    }

    /** Peak RSS and wall time per case: the launcher's memory settings against the JVM's defaults (issue 16). */
    private static String memory(Map<String, List<Run>> byCase, Map<String, List<JvmDefaults>> jvmDefaults) {
        if (jvmDefaults.isEmpty()) {
            return "";
        }
        StringBuilder t = new StringBuilder("## Peak RSS before and after the launcher's memory settings\n\n"
                + "Before: the same run under the JVM's defaults (`DX_JAVA_OPTS=\"-XX:+UseG1GC -XX:MaxHeapSize=<the"
                + " JVM's default, a quarter of RAM>\"`), as the launcher ran it before issue 16. After: the launcher's"
                + " own settings (a bounded heap and its collector), the runs of the table above.\n\n"
                + "| case | peak RSS MB before | peak RSS MB after | wall s before | wall s after | wall after / before"
                + " | target | met |\n|---|---|---|---|---|---|---|---|\n");
        for (var e : jvmDefaults.entrySet()) {
            List<Run> after = byCase.getOrDefault(e.getKey(), List.of());
            if (after.isEmpty()) {
                continue;
            }
            double[] rssBefore = e.getValue().stream().mapToDouble(JvmDefaults::rssMb).toArray();
            double[] wallBefore = e.getValue().stream().mapToDouble(JvmDefaults::wall).toArray();
            double[] rssAfter = after.stream().mapToDouble(Run::rssMb).toArray();
            double[] wallAfter = after.stream().mapToDouble(Run::wall).toArray();
            double ratio = median(wallAfter) / median(wallBefore);
            Long bound = switch (e.getKey()) {
                case "national", "national-plain" -> 400L;
                case "commune", "rows1m" -> 768L;
                default -> null;
            };
            t.append("| ").append(e.getKey()).append(" | ").append(stat(rssBefore, "%.0f")).append(" | ")
                .append(stat(rssAfter, "%.0f")).append(" | ").append(stat(wallBefore, "%.2f")).append(" | ")
                .append(stat(wallAfter, "%.2f")).append(" | ").append(String.format(Locale.ROOT, "%.2f", ratio))
                .append(" | ");
            if (bound == null) {
                t.append("wall ≤ 1.10× | ").append(ratio <= 1.10 ? "yes" : "**no**").append(" |\n");
            }
            else {
                boolean met = median(rssAfter) < bound && ratio <= 1.10;
                t.append("< ").append(bound).append(" MB, wall ≤ 1.10× | ").append(met ? "yes" : "**no**").append(" |\n");
            }
        }
        return t.append("\n").toString();
    }

    private static String row(String target, String measured, boolean met) {
        return "| " + target + " | " + measured + " | " + (met ? "yes" : "**no**") + " |\n";
    }

    private static String stat(double[] values, String format) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, format + " (" + format + "–" + format + ")", median(values), sorted[0],
                sorted[sorted.length - 1]);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n == 0 ? 0 : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String machine() throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.replaceAll(".*: ", "")).orElse("?");
        String mem = Files.readAllLines(Path.of("/proc/meminfo")).getFirst().replaceAll("\\s+", " ");
        return "- CPU: " + cpu + ", " + Runtime.getRuntime().availableProcessors() + " cores\n- " + mem + "\n- JDK: "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + "\n- JVM"
                + " flags: the launcher's defaults (`national-plain`: `DX_AOT=off`, no start-up cache), `-Xlog:gc` for"
                + " heap after GC\n";
    }
}
