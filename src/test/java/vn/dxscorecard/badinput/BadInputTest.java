package vn.dxscorecard.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.dxscorecard.support.JobHarness;

/**
 * The bad-input suite (issue 4): every case goes through the real job, next to the
 * shipped 2025-Q4 sample, and must end exactly as {@link BadInputCases} says while every
 * valid row of the same run is still scored. Cases with distinct units share a run (two
 * runs for the whole suite), so each case is asserted on its own without paying a job run
 * each; the last test puts every bad file into one run.
 */
class BadInputTest {

    @TempDir
    static Path root;

    /**
     * Each shared run's outcome, or what made it fail: a failed run is not tried again
     * for every case.
     */
    private static final Map<BadInputCase.Run, Object> RUNS = new EnumMap<>(BadInputCase.Run.class);

    static Stream<BadInputCase> cases() {
        return BadInputCases.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void endsExactlyAsExpectedWhileEveryValidRowIsScored(BadInputCase badInput) throws Exception {
        badInput.assertOutcome(run(badInput.run()));
    }

    @Test
    void everyBadFileTogetherWithTheSampleExitsZeroAndScoresEveryValidRow() throws Exception {
        List<BadInputCase> all = BadInputCases.all();
        JobOutcome outcome = execute(root.resolve("together"), all);
        assertThat(outcome.exitCode).isZero();
        List<Executable> checks = new ArrayList<>();
        all.forEach(c -> checks.add(() -> c.assertOutcome(outcome)));
        outcome.files.stream()
            .filter(f -> f.get("status").equals("accepted"))
            .map(f -> f.get("unit_code"))
            .forEach(unit -> checks.add(() -> outcome.assertValidRowsScored(unit)));
        assertAll(checks);

        Set<String> expected = new TreeSet<>(sampleFiles());
        all.forEach(c -> c.inputs().forEach(i -> expected.add(i.fileName())));
        expected.remove("52_2024-Q4.csv");
        Set<String> listed = outcome.files.stream()
            .map(f -> f.get("file"))
            .collect(Collectors.toCollection(TreeSet::new));
        assertThat(listed).isEqualTo(expected);
        assertThat(all).hasSizeGreaterThanOrEqualTo(50);
    }

    @Test
    void theValidationReportsOfARealRunNeutraliseFormulasEverywhere() throws Exception {
        JobOutcome outcome = run(BadInputCase.Run.ROWS);
        List<Map<String, String>> btc = JobHarness.readCsv(outcome.validationDir.resolve("BTC.csv"));
        assertThat(btc)
            .extracting(r -> r.get("row_type") + " " + r.get("file") + " " + r.get("status") + " " + r.get("value"))
            .containsExactly("file BTC_2025-Q4.csv superseded ", "file BTC_2025-Q4_r2.csv superseded ",
                    "file BTC_2025-Q4_r3.csv accepted ",
                    "rejection BTC_2025-Q4_r3.csv  '=HYPERLINK(\"http://evil.example\",\"75\")",
                    "rejection BTC_2025-Q4_r3.csv  '@SUM(A1:A9)");
        try (Stream<Path> reports = Files.list(outcome.validationDir)) {
            for (Path report : reports.toList()) {
                for (Map<String, String> row : JobHarness.readCsv(report)) {
                    row.values()
                        .forEach(cell -> assertThat(cell).as("a cell of %s", report.getFileName())
                            .matches(c -> c.isEmpty() || "=+@\t\r".indexOf(c.charAt(0)) < 0
                                    || c.matches("-?\\d+(\\.\\d+)?"), "is not a formula"));
                }
            }
        }
        assertThat(outcome.rejectionsOf("BCT_2025-Q4_r2.csv").getFirst().get("value")).isEqualTo("-1");
    }

    private static synchronized JobOutcome run(BadInputCase.Run run) {
        Object outcome = RUNS.computeIfAbsent(run, r -> {
            try {
                return execute(root.resolve(r.name().toLowerCase(Locale.ROOT)), BadInputCases.of(r));
            }
            catch (IOException | RuntimeException e) {
                return e;
            }
        });
        if (outcome instanceof Exception e) {
            throw new AssertionError("the shared " + run + " run failed", e);
        }
        return (JobOutcome) outcome;
    }

    private static JobOutcome execute(Path dir, List<BadInputCase> cases) throws IOException {
        JobHarness harness = new JobHarness(dir).withSample(JobOutcome.PERIOD);
        for (BadInputCase c : cases) {
            for (BadInputCase.Input input : c.inputs()) {
                harness.withResource("bad-input/" + input.resource(), input.fileName());
            }
        }
        List<String> args = new ArrayList<>(List.of("--period=" + JobOutcome.PERIOD));
        args.addAll(BadInputCases.LIMITS);
        return new JobOutcome(harness, harness.run(args.toArray(String[]::new)));
    }

    private static List<String> sampleFiles() throws IOException {
        try (Stream<Path> files = Files.list(JobHarness.SAMPLE_INPUT)) {
            return files.map(p -> p.getFileName().toString())
                .filter(n -> n.toUpperCase(Locale.ROOT).contains("_" + JobOutcome.PERIOD + ".")
                        || n.toUpperCase(Locale.ROOT).contains("_" + JobOutcome.PERIOD + "_"))
                .toList();
        }
    }

}
