package vn.dxscorecard.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import vn.dxscorecard.cycle.EditionStatus;
import vn.dxscorecard.feedback.ErrorCode;
import vn.dxscorecard.feedback.Rejection;
import vn.dxscorecard.intake.FileRecord;
import vn.dxscorecard.intake.FileStatus;
import vn.dxscorecard.ranking.PreviousFigures;
import vn.dxscorecard.ranking.RankingEntry;
import vn.dxscorecard.reference.Catalogue;
import vn.dxscorecard.reference.Indicator;
import vn.dxscorecard.reference.Kind;
import vn.dxscorecard.reference.Pillar;
import vn.dxscorecard.reference.Registry;
import vn.dxscorecard.reference.RegistryUnit;
import vn.dxscorecard.reference.ShippedReference;
import vn.dxscorecard.results.PeriodReport.IndicatorBehind;
import vn.dxscorecard.scoring.IndicatorResult;
import vn.dxscorecard.scoring.IndicatorStatus;
import vn.dxscorecard.scoring.PillarResult;
import vn.dxscorecard.scoring.ScoredUnit;
import vn.dxscorecard.scoring.UnitScore;
import vn.dxscorecard.shared.Messages;
import vn.dxscorecard.shared.Period;

/** Every figure the reports show, computed from a small hand-made period. */
class PeriodReportTest {

    private static final Catalogue CATALOGUE = ShippedReference.catalogue();

    private static final Indicator PROVINCE_FIRST = CATALOGUE.applicableTo(Kind.PROVINCE).getFirst();

    private static final Indicator PROVINCE_SECOND = CATALOGUE.applicableTo(Kind.PROVINCE).get(1);

    private static final Pillar PILLAR = CATALOGUE.pillars().getFirst();

    private final PeriodReport report = new PeriodReport(new Period(2025, 4), CATALOGUE,
            List.of(ranked(Kind.PROVINCE, 1, "01", "90", "80", IndicatorStatus.ACHIEVED, "40"),
                    ranked(Kind.PROVINCE, 2, "04", "70", "70", IndicatorStatus.NOT_ACHIEVED, "20"),
                    ranked(Kind.PROVINCE, 2, "08", "70", "60", IndicatorStatus.NOT_REPORTED, "30"),
                    notSubmitted(Kind.PROVINCE, "11"),
                    ranked(Kind.MINISTRY, 1, "BTC", "50", "50", IndicatorStatus.NOT_ACHIEVED, "10"),
                    notSubmitted(Kind.MINISTRY, "BNG")),
            new ScoredUnit(unit("QG", Kind.NATIONAL), null),
            List.of(file("01_2025-Q4.csv", "01", FileStatus.ACCEPTED, 19, 18, 1),
                    file("08_2025-Q4.csv", "08", FileStatus.ACCEPTED, 19, 0, 19),
                    file("08_2025-Q4_r2.csv", "08", FileStatus.REJECTED, 0, 0, 0),
                    file("x.xlsx", null, FileStatus.IGNORED, 0, 0, 0)),
            rejections(List
                .of(rejection("01_2025-Q4.csv", 2), rejection("08_2025-Q4.csv", 2), rejection("08_2025-Q4.csv", 3))),
            7, Instant.EPOCH,
            new EditionInfo(2, EditionStatus.PROVISIONAL, 0, OffsetDateTime.parse("2026-01-15T23:59:59+07:00"),
                    "0".repeat(64)),
            new Trajectories(new Period(2025, 4), new Registry(List.of()), Map.of()), List.of(), null);

    @Test
    void groupFigures() {
        assertThat(report.groupSize(Kind.PROVINCE)).isEqualTo(4);
        assertThat(report.ranked(Kind.PROVINCE)).hasSize(3);
        BigDecimal mean = new BigDecimal("230").divide(BigDecimal.valueOf(3), MathContext.DECIMAL128);
        assertThat(report.meanOverall(Kind.PROVINCE)).isEqualByComparingTo(mean);
        assertThat(report.meanOverall(Kind.MINISTRY)).isEqualByComparingTo("50");
        assertThat(report.pillarAverage(Kind.PROVINCE, PILLAR)).as("pillar scores 90, 70, 70")
            .isEqualByComparingTo(mean);
        assertThat(report.sharesRank(report.ranked(Kind.PROVINCE).get(1))).isTrue();
        assertThat(report.sharesRank(report.ranked(Kind.PROVINCE).getFirst())).isFalse();
        assertThat(report.allNotSubmitted()).extracting(e -> e.unit().code()).containsExactly("11", "BNG");
    }

    @Test
    void theIndicatorsFurthestBehindAreTheLowestMeansOverTheRankedUnitsTheyApplyTo() {
        List<IndicatorBehind> behind = report.furthestBehind(5);
        assertThat(behind).extracting(b -> b.indicator().code())
            .containsExactly(PROVINCE_SECOND.code(), PROVINCE_FIRST.code());
        IndicatorBehind first = behind.get(1);
        // 01: 80 achieved, 04: 70, 08: 60 not reported, BTC: 50 when the indicator
        // applies to ministries.
        boolean ministries = PROVINCE_FIRST.appliesTo(Kind.MINISTRY);
        assertThat(first.units()).isEqualTo(ministries ? 4 : 3);
        assertThat(first.achieved()).isEqualTo(1);
        assertThat(first.notReported()).isEqualTo(1);
        assertThat(report.furthestBehind(1)).hasSize(1);
    }

    @Test
    void filesAndRowsNationwideAndPerUnit() {
        PeriodReport.FileTotals totals = report.fileTotals();
        assertThat(totals.files()).isEqualTo(4);
        assertThat(totals.byStatus()).containsEntry(FileStatus.ACCEPTED, 2L).containsEntry(FileStatus.IGNORED, 1L);
        assertThat(totals.rowsRead()).isEqualTo(38);
        assertThat(totals.rowsAccepted()).isEqualTo(18);
        assertThat(totals.rowsRejected()).isEqualTo(20);
        assertThat(report.filesNotUsed()).extracting(FileRecord::fileName)
            .containsExactly("08_2025-Q4_r2.csv", "x.xlsx");
        assertThat(report.usedFilesWithRejections()).extracting(FileRecord::fileName)
            .containsExactly("01_2025-Q4.csv", "08_2025-Q4.csv");
        assertThat(report.everyRowRejected("08")).map(FileRecord::fileName).contains("08_2025-Q4.csv");
        assertThat(report.everyRowRejected("01")).isEmpty();
        assertThat(report.rejectionsOfUnit("08")).singleElement().satisfies(d -> assertThat(d.count()).isEqualTo(2));
    }

    @Test
    void theWeakestIndicatorsAreTheLowestScoresInCatalogueOrderOnTies() {
        UnitScore score = report.ranked(Kind.PROVINCE).getFirst().score();
        assertThat(PeriodReport.weakest(score, 1)).extracting(r -> r.indicator().code())
            .containsExactly(PROVINCE_SECOND.code());
        assertThat(PeriodReport.pillarScore(score, PILLAR)).contains(new BigDecimal("90"));
    }

    private static RankingEntry ranked(Kind group, int rank, String code, String overall, String firstScore,
            IndicatorStatus firstStatus, String secondScore) {
        RegistryUnit unit = unit(code, group);
        List<IndicatorResult> indicators = List.of(
                new IndicatorResult(PROVINCE_FIRST, BigDecimal.ONE, BigDecimal.TEN, null, new BigDecimal(firstScore),
                        firstStatus),
                new IndicatorResult(PROVINCE_SECOND, BigDecimal.ONE, BigDecimal.TEN, null, new BigDecimal(secondScore),
                        IndicatorStatus.BEHIND));
        UnitScore score = new UnitScore(unit, indicators, List.of(new PillarResult(PILLAR, new BigDecimal(overall))),
                new BigDecimal(overall));
        return new RankingEntry(group, rank, unit, score, PreviousFigures.NONE);
    }

    private static RankingEntry notSubmitted(Kind group, String code) {
        return new RankingEntry(group, null, unit(code, group), null, PreviousFigures.NONE);
    }

    private static RegistryUnit unit(String code, Kind kind) {
        return new RegistryUnit(code, "Đơn vị " + code, kind, LocalDate.of(2025, 7, 1), null, null);
    }

    private static FileRecord file(String name, String unit, FileStatus status, long read, long accepted,
            long rejected) {
        return new FileRecord(name, unit, 1, "0".repeat(64), status, read, accepted, rejected, ',', "", "", null);
    }

    private static Rejection rejection(String file, long line) {
        return Rejection.of(Messages.catalogue(), file, file.substring(0, 2), line, line, "value", "x",
                ErrorCode.VALUE_UNPARSABLE, "x");
    }

    private static RejectionSource rejections(List<Rejection> rejections) {
        return new RejectionSource(new RejectionSource.Store() {
            @Override
            public void forEach(Consumer<Rejection> action) {
                rejections.forEach(action);
            }

            @Override
            public void forEachOfFile(String fileName, Consumer<Rejection> action) {
                rejections.stream().filter(r -> r.fileName().equals(fileName)).forEach(action);
            }
        });
    }

}
