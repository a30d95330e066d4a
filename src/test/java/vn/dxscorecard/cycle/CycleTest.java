package vn.dxscorecard.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.dxscorecard.shared.Sha256;
import vn.dxscorecard.support.JobHarness;
import vn.dxscorecard.support.PdfFiles;
import vn.dxscorecard.support.PeriodFolders;

/**
 * One period, 2025-Q4, walked through its quarterly cycle (SPEC §8) by nightly launches
 * of the real job at chosen instants ({@code --dx.clock}); its deadline is 15/01/2026
 * 23:59:59 Vietnam time. Each test is one night, in order, on one workspace.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CycleTest {

    private static final String PERIOD = "2025-Q4";

    private static final String DEADLINE = "2026-01-15T23:59:59+07:00";

    @TempDir
    static Path workspace;

    private static JobHarness job;

    private static Path out;

    /** The folder as the previous night left it, to tell what a launch touched. */
    private static Map<Path, String> before;

    @BeforeAll
    static void submissionsOfTheFirstDays() throws IOException {
        job = new JobHarness(workspace).withSample("2025-Q3", PERIOD);
        // sent later in the window
        Files.move(job.input().resolve("BTC_2025-Q4_r2.csv"), workspace.resolve("BTC_2025-Q4_r2.csv"));
        Files.move(job.input().resolve("04_2025-Q4.csv"), workspace.resolve("04_2025-Q4.csv"));
        out = job.periodDir(PERIOD);
    }

    @Test
    @Order(1)
    void theFirstLaunchPublishesEdition1Provisional() throws IOException {
        String log = night("2026-01-05T02:00:00+07:00");
        assertThat(log).contains("Summary 2025-Q4 edition 1 (provisional, first edition)");
        assertEdition(1, "provisional", "Bản tạm thời số 1 — số liệu có thể thay đổi đến hạn nộp 15/01/2026");
        assertThat(ranking("04")).containsEntry("status", "not_submitted");
        assertThat(ranking("BTC")).containsEntry("status", "ranked");
        assertThat(input("BTC_2025-Q4.csv")).containsEntry("status", "accepted");
    }

    @Test
    @Order(2)
    void theSameFilesTheNextNightAreNothingToDoAndTouchNoOutput() throws IOException {
        String log = night("2026-01-06T02:00:00+07:00");
        assertThat(log).contains(
                "2025-Q4: nothing to do: edition 1 (provisional) is up to date with the period's files; it stays open until "
                        + DEADLINE)
            .doesNotContain("Starting", "Summary");
        assertUntouched();
    }

    @Test
    @Order(3)
    void aRevisionDroppedGivesEdition2WithTheRevisionUsed() throws IOException {
        Files.move(workspace.resolve("BTC_2025-Q4_r2.csv"), job.input().resolve("BTC_2025-Q4_r2.csv"));
        String log = night("2026-01-07T02:00:00+07:00");
        assertThat(log).contains("Summary 2025-Q4 edition 2 (provisional, files changed: added BTC_2025-Q4_r2.csv)");
        assertEdition(2, "provisional", "Bản tạm thời số 2 — số liệu có thể thay đổi đến hạn nộp 15/01/2026");
        assertThat(input("BTC_2025-Q4.csv")).containsEntry("status", "superseded");
        assertThat(input("BTC_2025-Q4_r2.csv")).containsEntry("status", "accepted");
    }

    @Test
    @Order(4)
    void aFileRemovedGivesEdition3AndItsUnitNotSubmitted() throws IOException {
        assertThat(out.resolve("scorecards/01-thanh-pho-ha-noi.pdf")).isRegularFile();
        Files.delete(job.input().resolve("01_2025-Q4.csv"));
        String log = night("2026-01-08T02:00:00+07:00");
        assertThat(log).contains("Summary 2025-Q4 edition 3 (provisional, files changed: removed 01_2025-Q4.csv)");
        assertEdition(3, "provisional", "Bản tạm thời số 3 — số liệu có thể thay đổi đến hạn nộp 15/01/2026");
        assertThat(ranking("01")).containsEntry("status", "not_submitted");
        assertThat(out.resolve("scorecards/01-thanh-pho-ha-noi.pdf")).doesNotExist();
    }

    @Test
    @Order(5)
    void theFirstLaunchAfterTheDeadlinePublishesTheFinalEdition() throws IOException {
        String log = night("2026-01-16T02:00:00+07:00");
        assertThat(log).contains("Summary 2025-Q4 edition 4 (final, deadline passed)");
        assertEdition(4, "final", "Bản chính thức");
        assertThat(PdfFiles.pageText(out.resolve("national-summary.pdf"), 1)).doesNotContain("Bản tạm thời");
    }

    @Test
    @Order(6)
    void aFileSentAfterTheFinalEditionIsNotUsedAndIsNamedInTheLog() throws IOException {
        Files.move(workspace.resolve("04_2025-Q4.csv"), job.input().resolve("04_2025-Q4.csv"));
        String log = night("2026-01-17T02:00:00+07:00");
        assertThat(log).contains("2025-Q4: nothing to do: edition 4 (final) is final since 2026-01-16T02:00:00+07:00")
            .contains("2025-Q4 is closed: files changed since its final edition are not used: added 04_2025-Q4.csv")
            .doesNotContain("Starting", "Summary");
        assertUntouched();
    }

    @Test
    @Order(7)
    void rerunAfterTheFinalEditionPublishesACorrectionFromEveryFilePresent() throws IOException {
        String log = night("2026-01-20T09:00:00+07:00", "--rerun");
        assertThat(log).contains("Summary 2025-Q4 edition 5 (correction, correction on request (--rerun))");
        assertEdition(5, "correction", "Bản đính chính số 1");
        assertThat(ranking("04")).containsEntry("status", "ranked");
        List<Map<String, String>> editions = JobHarness.readCsv(out.resolve("editions.csv"));
        assertThat(editions).extracting(e -> e.get("status"))
            .containsExactly("provisional", "provisional", "provisional", "final", "correction");
        assertThat(editions).extracting(e -> e.get("published_at"))
            .containsExactly("2026-01-04T19:00:00Z", "2026-01-06T19:00:00Z", "2026-01-07T19:00:00Z",
                    "2026-01-15T19:00:00Z", "2026-01-20T02:00:00Z");
        assertThat(editions).extracting(e -> e.get("files_used")).containsExactly("49", "49", "48", "48", "49");
        List<String> fingerprints = editions.stream().map(e -> e.get("inputs_fingerprint")).toList();
        assertThat(fingerprints.get(3)).as("the final edition read the files of edition 3")
            .isEqualTo(fingerprints.get(2));
        assertThat(fingerprints.stream().distinct()).as("every other edition read other files").hasSize(4);
    }

    @Test
    @Order(8)
    void theQuarterBeforeWasPublishedOnceAsFinalAndNeverTouchedAgain() throws IOException {
        List<Map<String, String>> editions = JobHarness.readCsv(job.periodDir("2025-Q3").resolve("editions.csv"));
        assertThat(editions).singleElement().satisfies(e -> assertThat(e).containsEntry("status", "final"));
    }

    @Test
    @Order(9)
    void aLaunchWithoutPeriodFinalisesTheMissedPeriodsOldestFirstThenTheLastQuarter(@TempDir Path elsewhere)
            throws IOException, SQLException {
        JobHarness missed = new JobHarness(elsewhere).withSample("2025-Q2", "2025-Q3", "2025-Q4");
        assertThat(missed.run("--period=2025-Q2", "--dx.clock=2025-07-05T02:00:00+07:00")).isZero();
        assertThat(missed.run("--period=2025-Q3", "--dx.clock=2025-10-05T02:00:00+07:00")).isZero();
        // no launch until after 2025-Q4's deadline: 2025-Q2 and 2025-Q3 stayed
        // provisional
        assertThat(missed.run("--dx.clock=2026-01-20T02:00:00+07:00")).isZero();

        String log = Files.readString(missed.data().resolve("logs/dx-scorecard.log"));
        int q2 = log.indexOf("Summary 2025-Q2 edition 2 (final, deadline passed)");
        int q3 = log.indexOf("Summary 2025-Q3 edition 2 (final, deadline passed)");
        int q4 = log.indexOf("Summary 2025-Q4 edition 1 (final, first edition)");
        assertThat(q2).isPositive().isLessThan(q3);
        assertThat(q3).isLessThan(q4);
        // the change since last quarter comes from the quarter's latest edition
        assertThat(log.substring(q2, q3)).contains("Change since 2025-Q2: 78 ranked units from its edition 2 (final)");
        for (String period : List.of("2025-Q2", "2025-Q3")) {
            assertThat(JobHarness.readCsv(missed.periodDir(period).resolve("editions.csv")))
                .extracting(e -> e.get("status"))
                .containsExactly("provisional", "final");
        }
        assertThat(missed.query("SELECT JOB_INSTANCE_ID FROM BATCH_JOB_INSTANCE"))
            .as("each edition its own job instance")
            .hasSize(5);
    }

    // --- one night

    /**
     * Launches the job as the nightly timer does, as if it were {@code clock}; returns
     * what this launch added to the log file.
     */
    private static String night(String clock, String... extra) throws IOException {
        before = Files.isDirectory(out) ? PeriodFolders.state(out) : Map.of();
        Path logFile = job.data().resolve("logs/dx-scorecard.log");
        long logged = Files.exists(logFile) ? Files.size(logFile) : 0;
        List<String> args = new ArrayList<>(List.of("--period=" + PERIOD, "--dx.clock=" + clock));
        args.addAll(List.of(extra));
        assertThat(job.run(args.toArray(String[]::new))).isZero();
        byte[] all = Files.readAllBytes(logFile);
        return new String(all, (int) logged, all.length - (int) logged, StandardCharsets.UTF_8);
    }

    private static void assertUntouched() throws IOException {
        assertThat(PeriodFolders.state(out)).as("every file, by SHA-256 and modification time").isEqualTo(before);
    }

    /**
     * The manifest, the last row of {@code editions.csv} and page 1 of every PDF name the
     * edition.
     */
    private static void assertEdition(int number, String status, String label) throws IOException {
        JsonNode manifest = JsonMapper.builder().build().readTree(out.resolve("manifest.json").toFile());
        assertThat(manifest.get("edition").asInt()).isEqualTo(number);
        assertThat(manifest.get("status").asString()).isEqualTo(status);
        assertThat(manifest.get("deadline").asString()).isEqualTo(DEADLINE);
        List<Map<String, String>> editions = JobHarness.readCsv(out.resolve("editions.csv"));
        assertThat(editions).hasSize(number);
        assertThat(editions.getLast()).containsEntry("edition", String.valueOf(number))
            .containsEntry("status", status)
            .containsEntry("inputs_fingerprint", manifest.get("inputs_fingerprint").asString())
            .containsEntry("manifest_sha256", Sha256.of(out.resolve("manifest.json")));
        List<Path> pdfs = new ArrayList<>(List.of(out.resolve("national-summary.pdf")));
        try (var scorecards = Files.list(out.resolve("scorecards"))) {
            scorecards.forEach(pdfs::add);
        }
        for (Path pdf : pdfs) {
            assertThat(PdfFiles.pageText(pdf, 1).replace("\n", " ")).as("page 1 of %s", pdf.getFileName())
                .contains(label);
        }
    }

    private static Map<String, String> ranking(String unit) throws IOException {
        return JobHarness.row(JobHarness.readCsv(out.resolve("rankings.csv")), "unit_code", unit);
    }

    private static Map<String, String> input(String file) throws IOException {
        JsonNode manifest = JsonMapper.builder().build().readTree(out.resolve("manifest.json").toFile());
        for (JsonNode input : manifest.get("inputs")) {
            if (input.get("file").asString().equals(file)) {
                return Map.of("status", input.get("status").asString(), "sha256", input.get("sha256").asString());
            }
        }
        throw new AssertionError(file + " is not among the manifest's inputs");
    }

}
