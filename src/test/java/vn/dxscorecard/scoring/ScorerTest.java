package vn.dxscorecard.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.dxscorecard.reference.Catalogue;
import vn.dxscorecard.reference.Direction;
import vn.dxscorecard.reference.Indicator;
import vn.dxscorecard.reference.Kind;
import vn.dxscorecard.shared.Period;
import vn.dxscorecard.reference.Pillar;
import vn.dxscorecard.reference.RegistryUnit;
import vn.dxscorecard.reference.ValueUnit;

/**
 * SPEC §5 by hand: every expected number below is worked out in the comment beside it.
 */
class ScorerTest {

    private static final Period Q2 = new Period(2025, 2);

    private static final RegistryUnit PROVINCE = new RegistryUnit("01", "Thành phố Hà Nội", Kind.PROVINCE,
            LocalDate.of(2025, 7, 1), null, null);

    // percent, higher: worst 0, baseline 75, 2024 target 78, 2025 target 80
    private static final Indicator FIBRE = indicator("FIBRE", "HT", ValueUnit.PERCENT, Direction.HIGHER, "1", "0", "75",
            Map.of(2024, "78", 2025, "80"));

    // count, lower: worst 50, baseline 10, 2024 target 0, 2025 target 0
    private static final Indicator DEAD_ZONES = indicator("DEAD", "HT", ValueUnit.COUNT, Direction.LOWER, "2", "50",
            "10", Map.of(2024, "0", 2025, "0"));

    private static final Indicator PLAN = indicator("PLAN", "TC", ValueUnit.BOOLEAN, Direction.HIGHER, "1", null, null,
            Map.of(2024, "1", 2025, "1"));

    // no 2025 target: shown, never scored
    private static final Indicator CENTRE = indicator("CENTRE", "TC", ValueUnit.BOOLEAN, Direction.HIGHER, "1", null,
            null, Map.of(2024, "1"));

    // rank, lower: worst 193, no baseline, 2025 target 76 only (start falls back to
    // worst)
    private static final Indicator EGDI = indicator("EGDI", "CP", ValueUnit.RANK, Direction.LOWER, "1", "193", null,
            Map.of(2025, "76"));

    private final Catalogue catalogue = catalogue(FIBRE, DEAD_ZONES, PLAN, CENTRE, EGDI);

    private final Scorer scorer = new Scorer(catalogue);

    @ParameterizedTest(name = "{0} = {1} → attainment {2}")
    @CsvSource({ "FIBRE, 40, 0.5", // (40 − 0) / (80 − 0)
            "FIBRE, 80, 1", // at target
            "FIBRE, 95, 1", // above target: clamped
            "FIBRE, 0, 0", // at worst
            "DEAD, 10, 0.8", // lower is better: (10 − 50) / (0 − 50)
            "DEAD, 0, 1", "DEAD, 70, 0", // beyond worst: clamped
            "EGDI, 134.5, 0.5", // (134.5 − 193) / (76 − 193) = −58.5 / −117
            "PLAN, 1, 1", "PLAN, 0, 0" })
    void attainmentIsTheClampedDistanceToTarget(String code, String value, String expected) {
        Indicator indicator = catalogue.indicator(code).orElseThrow();
        BigDecimal target = indicator.target(2025).orElseThrow();
        assertThat(Scorer.attainment(indicator, new BigDecimal(value), target)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "Q{0}: milestone {1}")
    @CsvSource({ "1, 78.5", // start = 2024 target 78: 78 + (80 − 78)·1/4
            "2, 79", "3, 79.5", "4, 80" })
    void milestoneStartsFromLastYearsTarget(int quarter, String expected) {
        Period period = new Period(2025, quarter);
        assertThat(Composite.milestone(FIBRE, new BigDecimal("80"), period.year(), period.quarter()))
            .isEqualByComparingTo(expected);
    }

    @Test
    void milestoneFallsBackToBaselineThenWorst() {
        // 2024 for FIBRE: no 2023 target, start = baseline 75: 75 + (78 − 75)·2/4 = 76.5
        assertThat(Composite.milestone(FIBRE, new BigDecimal("78"), 2024, 2)).isEqualByComparingTo("76.5");
        // EGDI has neither 2024 target nor baseline: start = worst 193: 193 + (76 −
        // 193)·1/4 = 163.75
        assertThat(Composite.milestone(EGDI, new BigDecimal("76"), 2025, 1)).isEqualByComparingTo("163.75");
    }

    @ParameterizedTest(name = "Q{0} FIBRE={1} → {2}")
    @CsvSource({ "2, 80, ACHIEVED", "2, 79, ON_TRACK", // milestone Q2 = 79, reached
            "2, 78.9, BEHIND", "4, 79.9, NOT_ACHIEVED", // the year is over
            "4, 80, ACHIEVED" })
    void statusFollowsTheMilestone(int quarter, String value, IndicatorStatus expected) {
        IndicatorResult result = scorer.indicator(FIBRE, new BigDecimal(value), new Period(2025, quarter));
        assertThat(result.status()).isEqualTo(expected);
    }

    @Test
    void lowerIsBetterReachesItsMilestoneFromAbove() {
        // DEAD in Q2 2025: start = 2024 target 0 = target, milestone 0; 3 dead zones is
        // behind
        assertThat(scorer.indicator(DEAD_ZONES, new BigDecimal("3"), Q2).status()).isEqualTo(IndicatorStatus.BEHIND);
        // EGDI Q2: milestone 193 + (76 − 193)·2/4 = 134.5; rank 120 ≤ 134.5 is on track
        assertThat(scorer.indicator(EGDI, new BigDecimal("120"), Q2).status()).isEqualTo(IndicatorStatus.ON_TRACK);
        assertThat(scorer.indicator(EGDI, new BigDecimal("140"), Q2).status()).isEqualTo(IndicatorStatus.BEHIND);
    }

    @Test
    void booleansHaveNoMilestone() {
        IndicatorResult no = scorer.indicator(PLAN, BigDecimal.ZERO, Q2);
        assertThat(no.milestone()).isNull();
        assertThat(no.status()).isEqualTo(IndicatorStatus.BEHIND);
        assertThat(scorer.indicator(PLAN, BigDecimal.ZERO, new Period(2025, 4)).status())
            .isEqualTo(IndicatorStatus.NOT_ACHIEVED);
    }

    @Test
    void notReportedScoresZeroAndNoTargetIsLeftOut() {
        Map<String, BigDecimal> values = new HashMap<>();
        values.put("FIBRE", new BigDecimal("40")); // 50
        values.put("DEAD", null); // reported empty: 0, "Không báo cáo"
        values.put("CENTRE", BigDecimal.ONE); // no 2025 target: not scored
        // PLAN absent: not reported, 0
        values.put("EGDI", new BigDecimal("76")); // 100
        UnitScore score = scorer.score(PROVINCE, values, Q2);

        assertThat(result(score, "DEAD").status()).isEqualTo(IndicatorStatus.NOT_REPORTED);
        assertThat(result(score, "DEAD").score()).isEqualByComparingTo("0");
        assertThat(result(score, "PLAN").status()).isEqualTo(IndicatorStatus.NOT_REPORTED);
        assertThat(result(score, "CENTRE").status()).isEqualTo(IndicatorStatus.NO_TARGET);
        assertThat(result(score, "CENTRE").score()).isNull();
        // HT = (1·50 + 2·0) / 3 = 16.666…; TC = PLAN only = 0 (CENTRE left out); CP = 100
        assertThat(pillar(score, "HT"))
            .isEqualByComparingTo(new BigDecimal("50").divide(new BigDecimal("3"), Decimals.MC));
        assertThat(pillar(score, "TC")).isEqualByComparingTo("0");
        // overall with pillar weights HT 1, TC 1, CP 2: (16.666… + 0 + 2·100) / 4 =
        // 54.1666… → 54.17
        assertThat(score.roundedOverall()).isEqualByComparingTo("54.17");
        assertThat(score.classification()).isEqualTo(Classification.AVERAGE);
    }

    @Test
    void aPillarWithoutScoredIndicatorsIsLeftOutOfTheOverall() {
        Scorer onlyCentre = new Scorer(catalogue(FIBRE, CENTRE));
        UnitScore score = onlyCentre.score(PROVINCE, Map.of("FIBRE", new BigDecimal("60"), "CENTRE", BigDecimal.ZERO),
                Q2);
        assertThat(score.pillars()).extracting(r -> r.pillar().code()).containsExactly("HT");
        assertThat(score.roundedOverall()).isEqualByComparingTo("75.00"); // 60 / 80
    }

    @Test
    void roundingIsHalfUpOnTheExactValueOnlyAtTheEnd() {
        assertThat(Decimals.round(new BigDecimal("84.995"))).isEqualByComparingTo("85.00");
        assertThat(Decimals.round(new BigDecimal("84.994999999"))).isEqualByComparingTo("84.99");
        // 84.995 from exact arithmetic: FIBRE at 67.996 of 80 = 84.995 exactly; a double
        // would give 84.99499…
        Scorer fibreOnly = new Scorer(catalogue(FIBRE));
        UnitScore score = fibreOnly.score(PROVINCE, Map.of("FIBRE", new BigDecimal("67.996")), Q2);
        assertThat(score.overall()).isEqualByComparingTo("84.995");
        assertThat(Decimals.format(score.overall())).isEqualTo("85.00");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({ "80.00, GOOD", "79.99, FAIR", "65.00, FAIR", "64.99, AVERAGE", "50.00, AVERAGE", "49.99, WEAK",
            "0.00, WEAK", "100.00, GOOD" })
    void classificationEdges(String overall, Classification expected) {
        assertThat(Classification.of(new BigDecimal(overall))).isEqualTo(expected);
    }

    private static IndicatorResult result(UnitScore score, String code) {
        return score.indicators().stream().filter(r -> r.indicator().code().equals(code)).findFirst().orElseThrow();
    }

    private static BigDecimal pillar(UnitScore score, String code) {
        return score.pillars().stream().filter(p -> p.pillar().code().equals(code)).findFirst().orElseThrow().score();
    }

    static Catalogue catalogue(Indicator... indicators) {
        List<Pillar> pillars = List.of(new Pillar("TC", "Thể chế số", "Institutions", BigDecimal.ONE, 1),
                new Pillar("HT", "Hạ tầng số", "Infrastructure", BigDecimal.ONE, 2),
                new Pillar("CP", "Chính phủ số", "Government", BigDecimal.TWO, 3));
        return new Catalogue("test", "0".repeat(64), pillars, List.of(indicators), new TreeSet<>(Set.of(2024, 2025)));
    }

    static Indicator indicator(String code, String pillar, ValueUnit unit, Direction direction, String weight,
            String worst, String baseline, Map<Integer, String> targets) {
        Map<Integer, BigDecimal> decimals = new HashMap<>();
        targets.forEach((year, target) -> decimals.put(year, new BigDecimal(target)));
        return new Indicator(code, pillar, code, code, unit, direction, Set.of(Kind.PROVINCE), new BigDecimal(weight),
                worst == null ? null : new BigDecimal(worst), baseline == null ? null : new BigDecimal(baseline),
                Map.copyOf(decimals), "test");
    }

}
