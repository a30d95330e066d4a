package vn.dxscorecard.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dxscorecard.support.JobHarness;
import vn.dxscorecard.support.SpecCalculator;

/**
 * The real job on a copy of the shipped sample, with a real H2 file database: published
 * cells against values this test computes from the input files by the SPEC formulas.
 */
class SampleRunTest {

    @TempDir
    static Path workspace;

    static JobHarness job;
    static List<Map<String, String>> rankings;
    static List<Map<String, String>> scores;
    static SpecCalculator spec;

    @BeforeAll
    static void runQ4() throws IOException {
        job = new JobHarness(workspace).withSample("2025-Q2", "2025-Q3", "2025-Q4");
        assertThat(job.run("--period=2025-Q4")).isZero();
        rankings = JobHarness.readCsv(job.periodDir("2025-Q4").resolve("rankings.csv"));
        scores = JobHarness.readCsv(job.periodDir("2025-Q4").resolve("scores.csv"));
        spec = new SpecCalculator();
    }

    @Test
    void rankingsHaveTheColumnsOfSpec6InOrder() throws IOException {
        assertThat(JobHarness.header(job.periodDir("2025-Q4").resolve("rankings.csv"))).containsExactly("group", "rank",
                "unit_code", "unit_name", "overall", "classification", "pillar_TC", "pillar_HT", "pillar_DL",
                "pillar_CP", "pillar_KT", "pillar_XH", "pillar_AT", "previous_overall", "overall_change",
                "previous_rank", "rank_change", "rank_min", "rank_max", "status");
        assertThat(JobHarness.header(job.periodDir("2025-Q4").resolve("scores.csv"))).containsExactly("unit_code",
                "indicator_code", "value", "target", "milestone", "score", "status", "gain_if_met", "projected_q4",
                "on_course");
        // 34 provinces and the 17 ministries valid on 2025-12-31; provinces first.
        assertThat(rankings).hasSize(34 + 17);
        assertThat(rankings.subList(0, 34)).allMatch(r -> r.get("group").equals("province"));
        assertThat(rankings.subList(34, 51)).allMatch(r -> r.get("group").equals("ministry"));
    }

    @Test
    void aProvinceScoreEqualsTheSpecFormulasAppliedToItsFile() throws IOException {
        SpecCalculator.Result hue = spec.score(JobHarness.SAMPLE_INPUT.resolve("46_2025-Q4.csv"), "province", 2025);
        Map<String, String> row = JobHarness.row(rankings, "unit_code", "46");
        assertThat(row.get("unit_name")).isEqualTo("Thành phố Huế");
        assertThat(row.get("overall")).isEqualTo(hue.rounded());
        for (String pillar : List.of("TC", "HT", "DL", "CP", "KT", "XH", "AT")) {
            assertThat(row.get("pillar_" + pillar)).as(pillar).isEqualTo(hue.pillar(pillar));
        }
        assertThat(row.get("classification")).isEqualTo(classification(hue.rounded()));
        List<Map<String, String>> hueScores = scores.stream().filter(r -> r.get("unit_code").equals("46")).toList();
        assertThat(hueScores).extracting(r -> r.get("indicator_code"))
            .containsExactlyElementsOf(hue.indicatorScores().keySet());
        hueScores.forEach(r -> assertThat(r.get("score")).as(r.get("indicator_code"))
            .isEqualTo(hue.indicator(r.get("indicator_code"))));
    }

    @Test
    void ministriesAreRankedSeparatelyAndTheHighestRevisionCounts() throws IOException {
        SpecCalculator.Result btc = spec.score(JobHarness.SAMPLE_INPUT.resolve("BTC_2025-Q4_r2.csv"), "ministry", 2025);
        Map<String, String> row = JobHarness.row(rankings, "unit_code", "BTC");
        assertThat(row.get("overall")).isEqualTo(btc.rounded());
        assertThat(row.get("pillar_HT")).as("no infrastructure indicator applies to ministries").isEmpty();
        assertThat(
                rankings.stream().filter(r -> r.get("group").equals("ministry")).findFirst().orElseThrow().get("rank"))
            .isEqualTo("1");
    }

    @Test
    void anExactTieSharesTheRankAndIsListedByCode() {
        Map<String, String> first = JobHarness.row(rankings, "unit_code", "08");
        Map<String, String> second = JobHarness.row(rankings, "unit_code", "15");
        assertThat(first.get("overall")).isEqualTo(second.get("overall"));
        assertThat(first.get("rank")).isEqualTo(second.get("rank"));
        assertThat(rankings.indexOf(second)).isEqualTo(rankings.indexOf(first) + 1);
        int rank = Integer.parseInt(first.get("rank"));
        assertThat(rankings.get(rankings.indexOf(second) + 1).get("rank")).isEqualTo(String.valueOf(rank + 2));
    }

    @Test
    void unitsThatDidNotSubmitFollowUnrankedWithTheirPreviousFigures() throws IOException {
        Map<String, String> dienBien = JobHarness.row(rankings, "unit_code", "11");
        assertThat(dienBien.get("status")).isEqualTo("not_submitted");
        assertThat(dienBien.get("rank")).isEmpty();
        assertThat(dienBien.get("overall")).isEmpty();
        assertThat(dienBien.get("overall_change")).isEmpty();
        SpecCalculator.Result q3 = spec.score(JobHarness.SAMPLE_INPUT.resolve("11_2025-Q3.csv"), "province", 2025);
        assertThat(dienBien.get("previous_overall")).isEqualTo(q3.rounded());
        assertThat(dienBien.get("previous_rank")).isNotEmpty();
        assertThat(rankings.subList(0, 34)).extracting(r -> r.get("status")).endsWith("not_submitted");
        assertThat(JobHarness.row(rankings, "unit_code", "VPCP").get("status")).isEqualTo("not_submitted");
    }

    @Test
    void changeSinceLastQuarterOfTheSameRow() throws IOException {
        Map<String, String> hue = JobHarness.row(rankings, "unit_code", "46");
        SpecCalculator.Result q3 = spec.score(JobHarness.SAMPLE_INPUT.resolve("46_2025-Q3.csv"), "province", 2025);
        assertThat(hue.get("previous_overall")).isEqualTo(q3.rounded());
        assertThat(new BigDecimal(hue.get("overall_change")))
            .isEqualByComparingTo(new BigDecimal(hue.get("overall")).subtract(new BigDecimal(q3.rounded())));
        assertThat(Integer.parseInt(hue.get("rank_change")))
            .isEqualTo(Integer.parseInt(hue.get("previous_rank")) - Integer.parseInt(hue.get("rank")));
    }

    @Test
    void theNationalUnitIsScoredButNotRanked() throws IOException {
        assertThat(rankings).noneMatch(r -> r.get("unit_code").equals("QG"));
        SpecCalculator.Result qg = spec.score(JobHarness.SAMPLE_INPUT.resolve("QG_2025-Q4.csv"), "national", 2025);
        List<Map<String, String>> national = scores.stream().filter(r -> r.get("unit_code").equals("QG")).toList();
        assertThat(scores.getLast().get("unit_code")).isEqualTo("QG");
        assertThat(national).extracting(r -> r.get("indicator_code"))
            .containsExactlyElementsOf(qg.indicatorScores().keySet());
        Map<String, String> egdi = JobHarness.row(national, "indicator_code", "CP_EGDI_XEP_HANG");
        assertThat(egdi.get("value")).isEqualTo("71");
        assertThat(egdi.get("target")).isEqualTo("76");
        assertThat(egdi.get("status")).isEqualTo("Đạt");
        // Q4: the milestone is the target itself.
        assertThat(egdi.get("milestone")).isEqualTo("76.00");
    }

    @Test
    void rejectedRowsNeverReachTheScores() {
        // 01's file has "abc" for CP_HO_SO_TRUC_TUYEN: that indicator is "not reported"
        // with score 0.
        List<Map<String, String>> hanoi = scores.stream().filter(r -> r.get("unit_code").equals("01")).toList();
        assertThat(JobHarness.row(hanoi, "indicator_code", "CP_HO_SO_TRUC_TUYEN")).containsEntry("value", "")
            .containsEntry("score", "0.00")
            .containsEntry("status", "Không báo cáo");
        assertThat(hanoi).filteredOn(r -> r.get("status").equals("Không báo cáo")).hasSize(1);
    }

    @Test
    void q3ComparesMergedProvincesWithTheMeanOfTheirQ2Predecessors(@TempDir Path other) throws IOException {
        JobHarness q3 = new JobHarness(other).withSample("2025-Q2", "2025-Q3");
        assertThat(q3.run("--period=2025-Q2")).isZero();
        assertThat(q3.run("--period=2025-Q3")).isZero();
        List<Map<String, String>> q3Rankings = JobHarness.readCsv(q3.periodDir("2025-Q3").resolve("rankings.csv"));

        BigDecimal tayNinhOld = new BigDecimal(
                spec.score(JobHarness.SAMPLE_INPUT.resolve("72_2025-Q2.csv"), "province", 2025).rounded());
        BigDecimal longAn = new BigDecimal(
                spec.score(JobHarness.SAMPLE_INPUT.resolve("80_2025-Q2.csv"), "province", 2025).rounded());
        Map<String, String> tayNinh = JobHarness.row(q3Rankings, "unit_code", "80");
        assertThat(tayNinh.get("unit_name")).isEqualTo("Tỉnh Tây Ninh");
        assertThat(tayNinh.get("previous_overall"))
            .isEqualTo(tayNinhOld.add(longAn).divide(BigDecimal.TWO, 2, RoundingMode.HALF_UP).toPlainString());
        assertThat(tayNinh.get("previous_rank")).as("ranks among 63 and 34 do not compare").isEmpty();
        assertThat(tayNinh.get("rank_change")).isEmpty();
        // Ministries kept their rows through Q2 → Q3: they compare ranks too.
        assertThat(JobHarness.row(q3Rankings, "unit_code", "BTC").get("previous_rank")).isNotEmpty();
    }

    private static String classification(String overall) {
        BigDecimal value = new BigDecimal(overall);
        return value.compareTo(BigDecimal.valueOf(80)) >= 0 ? "Tốt" : value.compareTo(BigDecimal.valueOf(65)) >= 0
                ? "Khá" : value.compareTo(BigDecimal.valueOf(50)) >= 0 ? "Trung bình" : "Yếu";
    }

}
