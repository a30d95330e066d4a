package vn.dxscorecard.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.dxscorecard.ranking.RankingEntry;
import vn.dxscorecard.results.Lever;
import vn.dxscorecard.results.PeriodReport;
import vn.dxscorecard.results.Trajectory;
import vn.dxscorecard.scoring.Decimals;
import vn.dxscorecard.scoring.IndicatorResult;
import vn.dxscorecard.scoring.UnitScore;
import vn.dxscorecard.shared.CsvOutput;
import vn.dxscorecard.shared.Messages;

/**
 * {@code scores.csv} (SPEC §6): one row per scored unit and scored indicator; units in
 * rankings order, then {@code QG} when it submitted; indicators in catalogue order.
 */
@Component
@Order(20)
class ScoresCsvWriter implements ReportWriter {

    static final String FILE = "scores.csv";

    private static final List<String> HEADER = List.of("unit_code", "indicator_code", "value", "target", "milestone",
            "score", "status", "gain_if_met", "projected_q4", "on_course");

    private final Messages messages;

    ScoresCsvWriter(Messages messages) {
        this.messages = messages;
    }

    @Override
    public List<Path> write(PeriodReport report, Path periodDir) throws IOException {
        Stream<UnitScore> ranked = report.rankings().stream().filter(RankingEntry::ranked).map(RankingEntry::score);
        Stream<UnitScore> national = Stream.ofNullable(report.national().score());
        List<List<String>> rows = new ArrayList<>();
        Stream.concat(ranked, national).forEach(score -> {
            Map<String, BigDecimal> gains = PeriodReport.gains(score)
                .stream()
                .collect(Collectors.toMap(l -> l.result().indicator().code(), Lever::gain));
            Map<String, Trajectory> trajectories = report.trajectories(score);
            for (IndicatorResult r : score.indicators()) {
                if (!r.scored()) {
                    continue;
                }
                Trajectory t = trajectories.get(r.indicator().code());
                rows.add(List.of(score.unit().code(), r.indicator().code(), plain(r.value()), plain(r.target()),
                        Decimals.format(r.milestone()), Decimals.format(r.score()), messages.vi(r.status().key()),
                        Decimals.format(gains.get(r.indicator().code())), Decimals.format(t.projected()),
                        t.onCourse() == null ? "" : t.onCourse() ? "yes" : "no"));
            }
        });
        CsvOutput.write(periodDir.resolve(FILE), HEADER, rows);
        return List.of(Path.of(FILE));
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

}
