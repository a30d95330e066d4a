package vn.dxscorecard.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import vn.dxscorecard.cycle.EditionStatus;
import vn.dxscorecard.ranking.PreviousFigures;
import vn.dxscorecard.ranking.RankingEntry;
import vn.dxscorecard.reference.Catalogue;
import vn.dxscorecard.reference.Direction;
import vn.dxscorecard.reference.Indicator;
import vn.dxscorecard.reference.Kind;
import vn.dxscorecard.reference.Pillar;
import vn.dxscorecard.reference.ProvinceTiles;
import vn.dxscorecard.reference.Registry;
import vn.dxscorecard.reference.RegistryUnit;
import vn.dxscorecard.reference.Tile;
import vn.dxscorecard.reference.ValueUnit;
import vn.dxscorecard.scoring.Classification;
import vn.dxscorecard.scoring.Composite;
import vn.dxscorecard.scoring.IndicatorResult;
import vn.dxscorecard.scoring.IndicatorStatus;
import vn.dxscorecard.scoring.PillarResult;
import vn.dxscorecard.scoring.ScoredUnit;
import vn.dxscorecard.scoring.UnitScore;
import vn.dxscorecard.shared.Period;

/**
 * Gains if met, rank ranges and projections (SPEC §5) on hand-made units, every expected
 * figure worked out by hand in the comments.
 */
class InsightTest {

    // Pillar A weighs 2, B and C 1 each. B holds one indicator; C1 is lower-is-better.
    static final Pillar A = new Pillar("A", "Trụ cột A", "Pillar A", new BigDecimal("2"), 1);

    static final Pillar B = new Pillar("B", "Trụ cột B", "Pillar B", BigDecimal.ONE, 2);

    static final Pillar C = new Pillar("C", "Trụ cột C", "Pillar C", BigDecimal.ONE, 3);

    static final Indicator A1 = indicator("A1", "A", ValueUnit.PERCENT, Direction.HIGHER, "1", "0", "100");

    static final Indicator A2 = indicator("A2", "A", ValueUnit.PERCENT, Direction.HIGHER, "2", "0", "100");

    static final Indicator B1 = indicator("B1", "B", ValueUnit.PERCENT, Direction.HIGHER, "1", "0", "80");

    static final Indicator C1 = indicator("C1", "C", ValueUnit.COUNT, Direction.LOWER, "1", "200", "50");

    static final Indicator PLAN = indicator("PLAN", "C", ValueUnit.BOOLEAN, Direction.HIGHER, "1", null, "1");

    @Nested
    class GainIfMet {

        @Test
        void weighsTheIndicatorInItsPillarAndThePillarInTheOverall() {
            // A = (1·50 + 2·80)/3 = 70, B = 20, C = 100; overall = (2·70 + 20 + 100)/4 =
            // 65.
            UnitScore u = score("U", scores(A1, "50", A2, "80", B1, "20", C1, "100"));
            assertThat(u.overall()).isEqualByComparingTo("65");
            // A1: 2/4 · 1/3 · (100 − 50) = 8.333…; A2: 2/4 · 2/3 · 20 = 6.666…;
            // B1, alone in its pillar: 1/4 · 1 · 80 = 20; C1 is at 100: no gain.
            assertThat(gains(u)).containsExactly(Map.entry("A1", "8.33"), Map.entry("A2", "6.67"),
                    Map.entry("B1", "20.00"));
        }

        @Test
        void theLeversAreTheLargestGainsNotTheLowestScores() {
            // A1 has the lowest score (0) but gains 2/4 · 1/3 · 100 = 16.67; A2 at 40
            // weighs
            // double and gains 2/4 · 2/3 · 60 = 20; B1 at 20 gains 1/4 · 80 = 20 too: the
            // tie
            // goes to catalogue order, A2 first; C1 gains 1/4 · 30 = 7.5, fourth.
            UnitScore u = score("U", scores(A1, "0", A2, "40", B1, "20", C1, "70"));
            assertThat(PeriodReport.levers(u)).extracting(l -> l.result().indicator().code(), l -> l.gain().toString())
                .containsExactly(tuple("A2", "20.00"), tuple("B1", "20.00"), tuple("A1", "16.67"));
        }

        @Test
        void aNotReportedIndicatorHasAGainAndOneWithoutTargetHasNone() {
            Map<Indicator, String> values = scores(A1, "100", A2, "100", B1, "0", C1, "100");
            List<IndicatorResult> results = new ArrayList<>(results(values));
            results.set(2, new IndicatorResult(B1, null, new BigDecimal("80"), null, BigDecimal.ZERO,
                    IndicatorStatus.NOT_REPORTED));
            results.add(new IndicatorResult(PLAN, null, null, null, null, IndicatorStatus.NO_TARGET));
            UnitScore u = unitScore("U", results);
            // Overall = (2·100 + 0 + 100)/4 = 75; B1 at 100 adds 1/4 · 100 = 25.
            assertThat(gains(u)).containsExactly(Map.entry("B1", "25.00"));
        }

        @Test
        void theNationalUnitIsNotRankedAndHasNoGains() {
            UnitScore qg = unitScore(Registry.NATIONAL, results(scores(A1, "50", A2, "80", B1, "20", C1, "100")));
            assertThat(PeriodReport.gains(qg)).isEmpty();
        }

        private static Map<String, String> gains(UnitScore u) {
            Map<String, String> gains = new LinkedHashMap<>();
            PeriodReport.gains(u).forEach(l -> gains.put(l.result().indicator().code(), l.gain().toPlainString()));
            return gains;
        }

    }

    @Nested
    class RankRanging {

        @Test
        void eachPillarLeftOutInTurnWithTiesInAVariant() {
            // X: A 90, B 10, C 50 → (180 + 10 + 50)/4 = 60; Y: A 50, B 90, C 60 → 62.5;
            // Z: 60 everywhere → 60. Published: Y 1, X 2, Z 2.
            // Without A: X 30, Y 75, Z 60 → Y 1, Z 2, X 3.
            // Without B (a pillar with one indicator): X 76.67, Y 53.33, Z 60 → X 1, Z 2,
            // Y 3.
            // Without C: X 63.33, Y 63.33, Z 60 → X 1, Y 1 (tied), Z 3.
            List<RankingEntry> group = List.of(entry(1, pillars("Y", "50", "90", "60")),
                    entry(2, pillars("X", "90", "10", "50")), entry(2, pillars("Z", "60", "60", "60")));
            Map<String, RankRange> ranges = RankRanges.of(group, List.of(A, B, C));
            assertThat(ranges).containsEntry("X", new RankRange(1, 3))
                .containsEntry("Y", new RankRange(1, 3))
                .containsEntry("Z", new RankRange(2, 3));
        }

        @Test
        void aGroupWithOnePillarHasItsRankAsRange() {
            List<RankingEntry> group = List.of(entry(1, onePillar("X", "70")), entry(2, onePillar("Y", "40")));
            assertThat(RankRanges.of(group, List.of(A))).containsEntry("X", new RankRange(1, 1))
                .containsEntry("Y", new RankRange(2, 2));
            assertThat(new RankRange(2, 2).single()).isTrue();
        }

        @Test
        void aVariantRankingSharesRanksAndSkips() {
            Map<String, BigDecimal> scores = new LinkedHashMap<>();
            scores.put("a", new BigDecimal("50.00"));
            scores.put("b", new BigDecimal("70.00"));
            scores.put("c", new BigDecimal("50.00"));
            scores.put("d", new BigDecimal("10.00"));
            assertThat(RankRanges.ranks(scores)).containsEntry("b", 1)
                .containsEntry("a", 2)
                .containsEntry("c", 2)
                .containsEntry("d", 4);
        }

        private static UnitScore pillars(String code, String a, String b, String c) {
            List<PillarResult> pillars = List.of(new PillarResult(A, new BigDecimal(a)),
                    new PillarResult(B, new BigDecimal(b)), new PillarResult(C, new BigDecimal(c)));
            return new UnitScore(province(code), List.of(), pillars, Composite.overall(pillars));
        }

        private static UnitScore onePillar(String code, String a) {
            List<PillarResult> pillars = List.of(new PillarResult(A, new BigDecimal(a)));
            return new UnitScore(province(code), List.of(), pillars, Composite.overall(pillars));
        }

        private static RankingEntry entry(int rank, UnitScore score) {
            return new RankingEntry(Kind.PROVINCE, rank, score.unit(), score, PreviousFigures.NONE);
        }

    }

    @Nested
    class Projection {

        // 01 keeps its row through 2025; new 80 merges old 72 and old 80 on 2025-07-01;
        // ministry M1 replaces M2 alone.
        static final RegistryUnit HANOI = new RegistryUnit("01", "Thành phố Hà Nội", Kind.PROVINCE,
                LocalDate.of(2008, 8, 1), null, null);

        static final RegistryUnit TAY_NINH = new RegistryUnit("80", "Tỉnh Tây Ninh", Kind.PROVINCE,
                LocalDate.of(2025, 7, 1), null, null);

        static final RegistryUnit M1 = new RegistryUnit("M1", "Bộ mới", Kind.MINISTRY, LocalDate.of(2025, 4, 1), null,
                null);

        static final Registry REGISTRY = new Registry(List.of(HANOI, TAY_NINH, M1,
                new RegistryUnit("72", "Tỉnh Tây Ninh", Kind.PROVINCE, LocalDate.of(1991, 1, 1),
                        LocalDate.of(2025, 6, 30), "80"),
                new RegistryUnit("80", "Tỉnh Long An", Kind.PROVINCE, LocalDate.of(1991, 1, 1),
                        LocalDate.of(2025, 6, 30), "80"),
                new RegistryUnit("M2", "Bộ cũ", Kind.MINISTRY, LocalDate.of(2002, 1, 1), LocalDate.of(2025, 3, 31),
                        "M1")));

        @Test
        void aGapQuarterProjectsFromTheLatestEarlierPoint() {
            // Q1 40, no Q2, Q3 60: 60 + (60 − 40)·(4 − 3)/(3 − 1) = 70 < 80.
            Trajectory t = trajectory(new Period(2025, 3), HANOI, B1, "60",
                    Map.of(new Period(2025, 1), values("01", B1, "40"), new Period(2025, 2), values("01", A1, "5")));
            assertThat(t.points()).containsExactly(new BigDecimal("40"), null, new BigDecimal("60"));
            assertThat(t.projected()).isEqualTo("70.00");
            assertThat(t.onCourse()).isFalse();
        }

        @Test
        void aMergedUnitHasNoPointBeforeTheMerger() {
            Map<Period, Map<String, Map<String, BigDecimal>>> earlier = Map.of(new Period(2025, 1),
                    merge(values("72", B1, "40"), values("80", B1, "50")), new Period(2025, 2),
                    merge(values("72", B1, "45"), values("80", B1, "55")));
            Trajectory t = trajectory(new Period(2025, 3), TAY_NINH, B1, "60", earlier);
            assertThat(t.points()).containsExactly(null, null, new BigDecimal("60"));
            assertThat(t.projected()).isNull();
            assertThat(t.onCourse()).isNull();
        }

        @Test
        void aSinglePredecessorWithAnotherCodeGivesItsPoint() {
            Trajectory t = trajectory(new Period(2025, 2), M1, A1, "30",
                    Map.of(new Period(2025, 1), values("M2", A1, "20")));
            // 30 + (30 − 20)·2/1 = 50.
            assertThat(t.points()).containsExactly(new BigDecimal("20"), new BigDecimal("30"));
            assertThat(t.projected()).isEqualTo("50.00");
        }

        @Test
        void lowerIsBetterReachesItsTargetFromAbove() {
            // 120 + (120 − 150)·2 = 60: above the target 50, off course;
            // 100 + (100 − 150)·2 = 0: at or below 50, on course.
            assertThat(trajectory(new Period(2025, 2), HANOI, C1, "120",
                    Map.of(new Period(2025, 1), values("01", C1, "150"))))
                .satisfies(t -> assertThat(t.projected()).isEqualTo("60.00"))
                .satisfies(t -> assertThat(t.onCourse()).isFalse());
            assertThat(trajectory(new Period(2025, 2), HANOI, C1, "100",
                    Map.of(new Period(2025, 1), values("01", C1, "150"))))
                .satisfies(t -> assertThat(t.projected()).isEqualTo("0.00"))
                .satisfies(t -> assertThat(t.onCourse()).isTrue());
        }

        @Test
        void aProjectionPastTheScaleIsNotClamped() {
            // 90 + (90 − 60)·2 = 150, beyond 100 %.
            Trajectory t = trajectory(new Period(2025, 2), HANOI, A1, "90",
                    Map.of(new Period(2025, 1), values("01", A1, "60")));
            assertThat(t.projected()).isEqualTo("150.00");
            assertThat(t.onCourse()).isTrue();
        }

        @Test
        void exactlyAtTheTargetIsOnCourseAndTheRoundingIsHalfUp() {
            // 79.995 + (79.995 − 79.99)·2 = 80.005: on course, printed 80.01.
            Trajectory t = trajectory(new Period(2025, 2), HANOI, B1, "79.995",
                    Map.of(new Period(2025, 1), values("01", B1, "79.99")));
            assertThat(t.projected()).isEqualTo("80.01");
            assertThat(t.onCourse()).isTrue();
            // 70 + (70 − 65)·2 = 80 exactly: reaches the target.
            assertThat(trajectory(new Period(2025, 2), HANOI, B1, "70",
                    Map.of(new Period(2025, 1), values("01", B1, "65")))
                .onCourse()).isTrue();
        }

        @Test
        void theFourthQuarterBooleansAndMissingValuesHaveNoProjection() {
            Map<Period, Map<String, Map<String, BigDecimal>>> year = Map.of(new Period(2025, 1), values("01", A1, "10"),
                    new Period(2025, 2), values("01", A1, "20"), new Period(2025, 3), values("01", A1, "30"));
            Trajectory q4 = trajectory(new Period(2025, 4), HANOI, A1, "40", year);
            assertThat(q4.points()).hasSize(4);
            assertThat(q4.projected()).isNull();
            Trajectory plan = trajectory(new Period(2025, 2), HANOI, PLAN, "1",
                    Map.of(new Period(2025, 1), values("01", PLAN, "0")));
            assertThat(plan.projected()).isNull();
            assertThat(plan.milestones()).isEmpty();
            assertThat(trajectory(new Period(2025, 3), HANOI, A1, null, year).projected()).isNull();
        }

        @Test
        void aQuarterNotPublishedHereHasNoPoint() {
            Trajectory t = trajectory(new Period(2025, 3), HANOI, A1, "30", Map.of());
            assertThat(t.points()).containsExactly(null, null, new BigDecimal("30"));
            assertThat(t.projected()).isNull();
        }

        @Test
        void theMilestonesAreThoseOfEachQuarter() {
            // A1 has no 2024 target, baseline or worst 0: 0 + (100 − 0)·q/4.
            Trajectory t = trajectory(new Period(2025, 1), HANOI, A1, "30", Map.of());
            assertThat(t.milestones()).extracting(BigDecimal::stripTrailingZeros)
                .extracting(BigDecimal::toPlainString)
                .containsExactly("25", "50", "75", "100");
        }

        private static Trajectory trajectory(Period period, RegistryUnit unit, Indicator indicator, String value,
                Map<Period, Map<String, Map<String, BigDecimal>>> earlier) {
            IndicatorResult result = new IndicatorResult(indicator, value == null ? null : new BigDecimal(value),
                    indicator.target(period.year()).orElseThrow(), null, BigDecimal.ZERO, IndicatorStatus.BEHIND);
            UnitScore score = new UnitScore(unit, List.of(result), List.of(), BigDecimal.ZERO);
            return new Trajectories(period, REGISTRY, earlier).of(score).get(indicator.code());
        }

        private static Map<String, Map<String, BigDecimal>> values(String unit, Indicator indicator, String value) {
            return Map.of(unit, Map.of(indicator.code(), new BigDecimal(value)));
        }

        @SafeVarargs
        private static Map<String, Map<String, BigDecimal>> merge(Map<String, Map<String, BigDecimal>>... parts) {
            Map<String, Map<String, BigDecimal>> all = new HashMap<>();
            for (Map<String, Map<String, BigDecimal>> part : parts) {
                all.putAll(part);
            }
            return all;
        }

    }

    @Test
    void theMapNeedsATileForEveryProvinceOfThePeriodAndHistoryEndsWithThisEdition() {
        RankingEntry one = ranked("01", "70");
        RankingEntry two = ranked("04", "60");
        ProvinceTiles tiles = new ProvinceTiles(List.of(new Tile("01", 0, 1), new Tile("04", 2, 0)));
        HistoryRow earlier = new HistoryRow(new Period(2025, 2), 3, EditionStatus.FINAL, Kind.PROVINCE, "01",
                "Thành phố Hà Nội", 1, new BigDecimal("55.00"));
        PeriodReport report = report(List.of(one, two), tiles, List.of(earlier));
        assertThat(report.map()).hasValueSatisfying(map -> {
            assertThat(map.rows()).isEqualTo(3);
            assertThat(map.cols()).isEqualTo(2);
            assertThat(map.tiles()).extracting(p -> p.entry().unit().code()).containsExactly("01", "04");
        });
        assertThat(report(List.of(one), tiles, List.of()).map()).as("a tile without its province").isEmpty();
        assertThat(report(List.of(one, two, ranked("08", "50")), tiles, List.of()).map())
            .as("a province without a tile")
            .isEmpty();
        assertThat(report.history()).extracting(HistoryRow::period, HistoryRow::edition, HistoryRow::unitCode)
            .containsExactly(tuple(new Period(2025, 2), 3, "01"), tuple(new Period(2025, 3), 2, "01"),
                    tuple(new Period(2025, 3), 2, "04"));
        assertThat(report.history().get(1).classification()).isEqualTo(Classification.FAIR);
    }

    private static RankingEntry ranked(String code, String overall) {
        UnitScore score = unitScore(province(code), results(scores(B1, overall)));
        return new RankingEntry(Kind.PROVINCE, 1, score.unit(), score, PreviousFigures.NONE);
    }

    private static PeriodReport report(List<RankingEntry> rankings, ProvinceTiles tiles, List<HistoryRow> earlier) {
        Catalogue catalogue = new Catalogue("test", "", List.of(A, B, C), List.of(A1, A2, B1, C1),
                new TreeSet<>(Set.of(2025)));
        Period period = new Period(2025, 3);
        return new PeriodReport(period, catalogue, rankings, new ScoredUnit(Registry.NATIONAL, null), List.of(), null,
                1, Instant.EPOCH, new EditionInfo(2, EditionStatus.PROVISIONAL, 0,
                        OffsetDateTime.parse("2025-10-15T23:59:59+07:00"), "0".repeat(64)),
                new Trajectories(period, new Registry(List.of()), Map.of()), earlier, tiles);
    }

    @Test
    void changeBandsAtTheirBoundaries() {
        assertThat(ChangeBand.of(null)).isNull();
        assertThat(ChangeBand.of(new BigDecimal("-5.00"))).isEqualTo(ChangeBand.FALL_LARGE);
        assertThat(ChangeBand.of(new BigDecimal("-4.99"))).isEqualTo(ChangeBand.FALL);
        assertThat(ChangeBand.of(new BigDecimal("-1.00"))).isEqualTo(ChangeBand.FALL);
        assertThat(ChangeBand.of(new BigDecimal("-0.99"))).isEqualTo(ChangeBand.STEADY);
        assertThat(ChangeBand.of(new BigDecimal("0.99"))).isEqualTo(ChangeBand.STEADY);
        assertThat(ChangeBand.of(new BigDecimal("1.00"))).isEqualTo(ChangeBand.RISE);
        assertThat(ChangeBand.of(new BigDecimal("5.00"))).isEqualTo(ChangeBand.RISE_LARGE);
    }

    // --- hand-made units

    static Indicator indicator(String code, String pillar, ValueUnit unit, Direction direction, String weight,
            String worst, String target) {
        return new Indicator(code, pillar, code, code, unit, direction, Set.of(Kind.PROVINCE, Kind.MINISTRY),
                new BigDecimal(weight), worst == null ? null : new BigDecimal(worst), null,
                Map.of(2025, new BigDecimal(target)), "test");
    }

    static RegistryUnit province(String code) {
        return new RegistryUnit(code, "Tỉnh " + code, Kind.PROVINCE, LocalDate.of(2025, 7, 1), null, null);
    }

    /** Indicator → score, in catalogue order. */
    static Map<Indicator, String> scores(Object... pairs) {
        Map<Indicator, String> scores = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            scores.put((Indicator) pairs[i], (String) pairs[i + 1]);
        }
        return scores;
    }

    static List<IndicatorResult> results(Map<Indicator, String> scores) {
        List<IndicatorResult> results = new ArrayList<>();
        scores.forEach((indicator, s) -> results.add(new IndicatorResult(indicator, new BigDecimal(s),
                indicator.target(2025).orElseThrow(), null, new BigDecimal(s), IndicatorStatus.BEHIND)));
        return results;
    }

    static UnitScore score(String code, Map<Indicator, String> scores) {
        return unitScore(province(code), results(scores));
    }

    static UnitScore unitScore(String code, List<IndicatorResult> results) {
        return unitScore(province(code), results);
    }

    /** Pillar and overall scores as the scoring step computes them. */
    static UnitScore unitScore(RegistryUnit unit, List<IndicatorResult> results) {
        List<PillarResult> pillars = new ArrayList<>();
        for (Pillar pillar : List.of(A, B, C)) {
            List<IndicatorResult> scored = results.stream()
                .filter(r -> r.scored() && r.indicator().pillar().equals(pillar.code()))
                .toList();
            if (!scored.isEmpty()) {
                pillars.add(new PillarResult(pillar, Composite.pillarScore(scored)));
            }
        }
        return new UnitScore(unit, results, pillars, Composite.overall(pillars));
    }

}
