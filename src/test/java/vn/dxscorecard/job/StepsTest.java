package vn.dxscorecard.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.dxscorecard.DxScorecardApplication;
import vn.dxscorecard.cycle.EditionRepository;
import vn.dxscorecard.cycle.EditionStatus;
import vn.dxscorecard.ranking.RankingEntry;
import vn.dxscorecard.ranking.RankingRepository;
import vn.dxscorecard.reference.PeriodUnitRepository;
import vn.dxscorecard.scoring.ScoreRepository;
import vn.dxscorecard.shared.Period;
import vn.dxscorecard.shared.ScorecardJob;
import vn.dxscorecard.shared.Sha256;
import vn.dxscorecard.support.JobHarness;

/**
 * Each step of the job on its own, in a Spring context of the real application on an H2
 * file database: 2025-Q2 is published by the whole job, then 2025-Q3 goes through the
 * steps one at a time. Every step is run twice, as a restart would run it again, and must
 * leave exactly what one run leaves.
 */
@SpringBatchTest
@SpringBootTest(classes = DxScorecardApplication.class, properties = "logging.file.name=")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StepsTest {

    private static final Path WORKSPACE = workspace();

    private static final Period Q2 = new Period(2025, 2);

    private static final Period Q3 = new Period(2025, 3);

    private static final String CLOCK = "2025-10-20T02:00:00Z";

    @Autowired
    JobOperatorTestUtils batch;

    /** The scorecard job; the delivery job is the other one. */
    @Autowired
    @Qualifier(ScorecardJob.NAME)
    Job scorecardJob;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PeriodUnitRepository units;

    @Autowired
    ScoreRepository scores;

    @Autowired
    RankingRepository rankings;

    @Autowired
    EditionRepository editions;

    @DynamicPropertySource
    static void workspaceFolders(DynamicPropertyRegistry registry) {
        registry.add("dx.data", () -> WORKSPACE.resolve("data").toString());
        registry.add("dx.output", () -> WORKSPACE.resolve("output").toString());
        registry.add("dx.intake.folder", () -> WORKSPACE.resolve("input").toString());
        registry.add("dx.intake.settle-time", () -> "0s");
    }

    @Test
    @Order(0)
    void theWholeJobPublishesThePreviousQuarter() throws Exception {
        batch.setJob(scorecardJob);
        JobExecution execution = batch.startJob(parameters(Q2, "job"));
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(editions.latest(Q2)).isPresent();
    }

    @Test
    @Order(1)
    void referenceFixesTheRosterOfUnitsValidOnTheLastDay() {
        twice("referenceStep");
        assertThat(units.findAll(Q3)).hasSize(34 + 17 + 1).last().satisfies(u -> assertThat(u.isNational()).isTrue());
    }

    @Test
    @Order(2)
    void intakeStagesTheRowsOfTheFilesUsedOnce() {
        twice("intakeStep");
        assertThat(count("SELECT COUNT(*) FROM dx_file WHERE period = '2025-Q3'")).isEqualTo(50);
        assertThat(count("SELECT COUNT(*) FROM dx_raw_row WHERE period = '2025-Q3'"))
            .isEqualTo(count("SELECT SUM(rows_read) FROM dx_file WHERE period = '2025-Q3'"))
            .isEqualTo(796);
    }

    @Test
    @Order(3)
    void validationAcceptsOrRejectsEveryStagedRowOnce() {
        twice("validationStep");
        long values = count("SELECT COUNT(*) FROM dx_value WHERE period = '2025-Q3'");
        long rejectedRows = count("SELECT COUNT(DISTINCT file_name || '/' || record_no) FROM dx_rejection"
                + " WHERE period = '2025-Q3' AND stage = 'validation'");
        assertThat(values + rejectedRows).isEqualTo(796);
        assertThat(count("SELECT SUM(rows_accepted) FROM dx_file WHERE period = '2025-Q3'")).isEqualTo(values);
        assertThat(count("SELECT SUM(rows_rejected) FROM dx_file WHERE period = '2025-Q3'")).isEqualTo(rejectedRows);
    }

    @Test
    @Order(4)
    void scoringScoresEveryUnitOfTheRosterOnce() {
        twice("scoringStep");
        assertThat(scores.load(Q3, units.findAll(Q3))).hasSize(52).filteredOn(u -> u.submitted()).hasSize(50);
        assertThat(count("SELECT COUNT(*) FROM dx_unit_score WHERE period = '2025-Q3'")).isEqualTo(52);
    }

    @Test
    @Order(5)
    void rankingComparesWithThePublishedQuarterAcrossTheMerger() {
        twice("rankingStep");
        List<RankingEntry> entries = rankings.load(Q3, scores.load(Q3, units.findAll(Q3)));
        assertThat(entries).hasSize(34 + 17);
        RankingEntry tayNinh = entries.stream().filter(e -> e.unit().code().equals("80")).findFirst().orElseThrow();
        assertThat(tayNinh.previous().estimated()).isTrue();
        assertThat(tayNinh.previous().sources()).extracting(s -> s.unit().code() + " " + s.unit().nameVi())
            .containsExactly("72 Tỉnh Tây Ninh", "80 Tỉnh Long An");
        assertThat(tayNinh.previous().indicatorScores()).isNotEmpty();
        assertThat(count("SELECT COUNT(*) FROM dx_previous_source WHERE period = '2025-Q3' AND unit_code = '80'"))
            .isEqualTo(2);
    }

    @Test
    @Order(6)
    void theScorecardStepWritesOneScorecardPerRankedUnitAndSetsTheManifestAside() throws IOException {
        Path period = WORKSPACE.resolve("output/2025-Q3");
        Files.createDirectories(period);
        Files.writeString(period.resolve("manifest.json"), "{\"outputs\":[]}");
        twice("scorecardStep");
        assertThat(period.resolve("manifest.json")).doesNotExist();
        try (Stream<Path> pdfs = Files.list(period.resolve("scorecards"))) {
            assertThat(pdfs.filter(p -> p.toString().endsWith(".pdf"))).hasSize(49);
        }
    }

    @Test
    @Order(7)
    void publishWritesTheOtherOutputsAndTheManifestLast() throws IOException {
        twice("publishStep");
        Path period = WORKSPACE.resolve("output/2025-Q3");
        assertThat(period.resolve("manifest.json")).isRegularFile();
        assertThat(period.resolve(".manifest.previous.json")).doesNotExist();
        List<Map<String, String>> ranked = JobHarness.readCsv(period.resolve("rankings.csv"));
        assertThat(ranked).hasSize(34 + 17);
        assertThat(Files.readString(period.resolve("manifest.json"))).contains("scorecards/80-tinh-tay-ninh.pdf",
                "national-summary.pdf", "validation/files.csv");
    }

    @Test
    @Order(8)
    void publicationRecordsThePeriodAsPublished() throws IOException {
        assertThat(editions.latest(Q3)).isEmpty();
        twice("publicationStep");
        String manifestSha256 = Sha256.of(WORKSPACE.resolve("output/2025-Q3/manifest.json"));
        assertThat(editions.latest(Q3)).hasValueSatisfying(e -> {
            assertThat(e.number()).isEqualTo(1);
            assertThat(e.status()).isEqualTo(EditionStatus.PROVISIONAL);
            assertThat(e.publishedAt()).isEqualTo(Instant.parse(CLOCK));
            assertThat(e.manifestSha256()).isEqualTo(manifestSha256);
        });
        assertThat(JobHarness.readCsv(WORKSPACE.resolve("output/2025-Q3/editions.csv"))).singleElement()
            .satisfies(row -> assertThat(row).containsEntry("edition", "1").containsEntry("status", "provisional"));
    }

    /**
     * A step as it first runs, then as a restart runs it again: the second must leave
     * what the first left.
     */
    private void twice(String step) {
        batch.setJob(scorecardJob);
        for (String attempt : List.of("first", "again")) {
            JobExecution execution = batch.startStep(step, parameters(Q3, step + "-" + attempt),
                    new ExecutionContext());
            assertThat(execution.getStatus()).as(step + " " + attempt).isEqualTo(BatchStatus.COMPLETED);
        }
    }

    private static JobParameters parameters(Period period, String run) {
        return new JobParametersBuilder().addString(ScorecardJob.PERIOD, period.toString())
            .addLong(ScorecardJob.EDITION, 1L)
            .addString(ScorecardJob.STATUS, "provisional", false)
            .addString(ScorecardJob.REASON, "first edition", false)
            .addString("run", run)
            .addString(ScorecardJob.GENERATED_AT, CLOCK, false)
            .toJobParameters();
    }

    private long count(String sql) {
        Long value = jdbc.queryForObject(sql, Long.class);
        return value == null ? 0 : value;
    }

    private static Path workspace() {
        try {
            Path root = Files.createTempDirectory("dx-steps-");
            new JobHarness(root).withSample("2025-Q2", "2025-Q3");
            return root;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
