package vn.dxscorecard.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dxscorecard.reference.Kind;
import vn.dxscorecard.shared.Period;
import vn.dxscorecard.reference.Registry;
import vn.dxscorecard.reference.RegistryUnit;
import vn.dxscorecard.scoring.UnitScore;

class RankerTest {

    private static final Period PERIOD = new Period(2025, 4);

    private static final PreviousQuarter NO_PREVIOUS = new PreviousQuarter(new Registry(List.of()), PERIOD, List.of());

    @Test
    void equalRoundedScoresShareARankAndTheNextRankSkips() {
        List<RankingEntry> entries = Ranker.rank(List.of(score("22", Kind.PROVINCE, "70.004"), // rounds
                                                                                               // to
                                                                                               // 70.00,
                                                                                               // ties
                                                                                               // with
                                                                                               // 20
                score("20", Kind.PROVINCE, "69.995"), score("01", Kind.PROVINCE, "91.2"),
                score("04", Kind.PROVINCE, "55"), score("BTC", Kind.MINISTRY, "80"), score("BCA", Kind.MINISTRY, "80")),
                List.of(unit("12", Kind.PROVINCE), unit("BNG", Kind.MINISTRY)), NO_PREVIOUS);

        assertThat(entries).extracting(e -> e.group() + ":" + e.rank() + ":" + e.unit().code())
            .containsExactly("PROVINCE:1:01", "PROVINCE:2:20", "PROVINCE:2:22", "PROVINCE:4:04", "PROVINCE:null:12",
                    "MINISTRY:1:BCA", "MINISTRY:1:BTC", "MINISTRY:null:BNG");
        RankingEntry notSubmitted = entries.get(4);
        assertThat(notSubmitted.ranked()).isFalse();
        assertThat(notSubmitted.overall()).isNull();
        assertThat(notSubmitted.overallChange()).isNull();
    }

    private static UnitScore score(String code, Kind kind, String overall) {
        return new UnitScore(unit(code, kind), List.of(), List.of(), new BigDecimal(overall));
    }

    private static RegistryUnit unit(String code, Kind kind) {
        return new RegistryUnit(code, "Đơn vị " + code, kind, LocalDate.of(2024, 1, 1), null, null);
    }

}
