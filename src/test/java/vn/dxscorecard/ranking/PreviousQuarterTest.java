package vn.dxscorecard.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.dxscorecard.reference.Catalogue;
import vn.dxscorecard.reference.Indicator;
import vn.dxscorecard.reference.Kind;
import vn.dxscorecard.reference.Registry;
import vn.dxscorecard.reference.RegistryUnit;
import vn.dxscorecard.reference.ShippedReference;
import vn.dxscorecard.scoring.IndicatorResult;
import vn.dxscorecard.scoring.IndicatorStatus;
import vn.dxscorecard.scoring.UnitScore;
import vn.dxscorecard.shared.Period;

/**
 * The change since last quarter on the real registry, across the 2025 province merger and
 * ministry restructure.
 */
class PreviousQuarterTest {

    private static final Registry REGISTRY = ShippedReference.registry();

    private static final Catalogue CATALOGUE = ShippedReference.catalogue();

    private static final Period Q3_2025 = new Period(2025, 3);

    @Test
    void aMergedProvinceComparesWithTheMeanOfItsPredecessors() {
        // New 80 Tây Ninh (from 2025-07-01) ← old 72 Tây Ninh and old 80 Long An, both
        // ranked in Q2.
        PreviousQuarter previous = new PreviousQuarter(REGISTRY, Q3_2025,
                List.of(new PreviousResult(Kind.PROVINCE, "72", new BigDecimal("70.25"), 30, Map.of()),
                        new PreviousResult(Kind.PROVINCE, "80", new BigDecimal("81.50"), 10, Map.of()),
                        new PreviousResult(Kind.PROVINCE, "79", new BigDecimal("90.00"), 1, Map.of())));
        RegistryUnit tayNinh = REGISTRY.find("80", Q3_2025.lastDay()).orElseThrow();

        PreviousFigures figures = previous.of(tayNinh, null);

        assertThat(figures.overall()).isEqualByComparingTo("75.88"); // (70.25 + 81.50) /
                                                                     // 2 = 75.875 →
                                                                     // half-up
        assertThat(figures.rank()).as("ranks among 63 and 34 do not compare").isNull();
        assertThat(figures.estimated()).isTrue();
    }

    @Test
    void aProvinceKeepingItsCodeStillComparesWithAnotherRow() {
        // 01 Hà Nội after 2025-07-01 is a new registry row: previous overall yes,
        // previous rank no.
        PreviousQuarter previous = new PreviousQuarter(REGISTRY, Q3_2025,
                List.of(new PreviousResult(Kind.PROVINCE, "01", new BigDecimal("88.10"), 3, Map.of())));
        PreviousFigures figures = previous.of(REGISTRY.find("01", Q3_2025.lastDay()).orElseThrow(), null);
        assertThat(figures.overall()).isEqualByComparingTo("88.10");
        assertThat(figures.rank()).isNull();
        assertThat(figures.estimated()).isTrue();
    }

    @Test
    void predecessorsThatWereNotRankedAreLeftOut() {
        // 19 Thái Nguyên ← old 19 and old 06 Bắc Kạn; Bắc Kạn did not submit in Q2.
        PreviousQuarter previous = new PreviousQuarter(REGISTRY, Q3_2025,
                List.of(new PreviousResult(Kind.PROVINCE, "19", new BigDecimal("60.00"), 40, Map.of())));
        assertThat(previous.of(REGISTRY.find("19", Q3_2025.lastDay()).orElseThrow(), null).overall())
            .isEqualByComparingTo("60.00");
    }

    @Test
    void theMinistryRestructureMergesPredecessorsOnce() {
        Period q1 = new Period(2025, 1);
        List<PreviousResult> q4of2024 = List.of(
                new PreviousResult(Kind.MINISTRY, "BTC", new BigDecimal("80.00"), 2, Map.of()),
                new PreviousResult(Kind.MINISTRY, "BKHDT", new BigDecimal("70.00"), 5, Map.of()));
        RegistryUnit btc = REGISTRY.find("BTC", q1.lastDay()).orElseThrow();

        PreviousFigures inQ1 = new PreviousQuarter(REGISTRY, q1, q4of2024).of(btc, null);
        assertThat(inQ1.overall()).isEqualByComparingTo("75.00"); // BTC ← BTC and BKHDT
                                                                  // (ended 2025-02-28)
        assertThat(inQ1.rank()).isNull();
        assertThat(inQ1.estimated()).isTrue();

        PreviousFigures inQ2 = new PreviousQuarter(REGISTRY, new Period(2025, 2),
                List.of(new PreviousResult(Kind.MINISTRY, "BTC", new BigDecimal("81.00"), 3, Map.of())))
            .of(btc, null);
        assertThat(inQ2.overall()).isEqualByComparingTo("81.00");
        assertThat(inQ2.rank()).as("own row, single predecessor").isEqualTo(3);
        assertThat(inQ2.estimated()).isFalse();
    }

    @Test
    void noRankedPredecessorMeansNoPreviousFigure() {
        PreviousFigures figures = new PreviousQuarter(REGISTRY, Q3_2025, List.of())
            .of(REGISTRY.find("80", Q3_2025.lastDay()).orElseThrow(), null);
        assertThat(figures).isEqualTo(PreviousFigures.NONE);
    }

    @Test
    void eachIndicatorComparesWithTheMeanOfThePredecessorsRoundedScoresAndTheSourcesAreNamed() {
        Indicator scored = CATALOGUE.applicableTo(Kind.PROVINCE).getFirst();
        Indicator notBefore = CATALOGUE.applicableTo(Kind.PROVINCE).get(1);
        PreviousQuarter previous = new PreviousQuarter(REGISTRY, Q3_2025,
                List.of(new PreviousResult(Kind.PROVINCE, "72", new BigDecimal("70.25"), 30,
                        Map.of(scored.code(), new BigDecimal("50.00"))),
                        new PreviousResult(Kind.PROVINCE, "80", new BigDecimal("81.50"), 10,
                                Map.of(scored.code(), new BigDecimal("60.01")))));
        RegistryUnit tayNinh = REGISTRY.find("80", Q3_2025.lastDay()).orElseThrow();
        IndicatorResult now = new IndicatorResult(scored, new BigDecimal("1"), new BigDecimal("2"), null,
                new BigDecimal("70.004"), IndicatorStatus.BEHIND);
        IndicatorResult unscoredBefore = new IndicatorResult(notBefore, null, new BigDecimal("2"), null,
                BigDecimal.ZERO, IndicatorStatus.NOT_REPORTED);
        UnitScore score = new UnitScore(tayNinh, List.of(now, unscoredBefore), List.of(), new BigDecimal("70"));

        PreviousFigures figures = previous.of(tayNinh, score);

        assertThat(figures.indicatorScores()).containsOnlyKeys(scored.code());
        assertThat(figures.indicatorScores().get(scored.code())).isEqualByComparingTo("55.01"); // 55.005
                                                                                                // half-up
        assertThat(figures.indicatorChange(now)).isEqualByComparingTo("14.99"); // 70.00 -
                                                                                // 55.01
        assertThat(figures.indicatorChange(unscoredBefore)).isNull();
        assertThat(figures.sources()).extracting(s -> s.unit().code() + " " + s.overall().toPlainString())
            .containsExactly("72 70.25", "80 81.50");
    }

}
