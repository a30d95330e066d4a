package vn.dxscorecard.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.dxscorecard.ranking.RankingEntry;
import vn.dxscorecard.reference.Pillar;
import vn.dxscorecard.results.PeriodReport;
import vn.dxscorecard.results.RankRange;
import vn.dxscorecard.scoring.Decimals;
import vn.dxscorecard.scoring.PillarResult;
import vn.dxscorecard.shared.CsvOutput;
import vn.dxscorecard.shared.Messages;

/** {@code rankings.csv}, columns and order exactly as SPEC §6. */
@Component
@Order(10)
class RankingsCsvWriter implements ReportWriter {

    static final String FILE = "rankings.csv";

    private final Messages messages;

    RankingsCsvWriter(Messages messages) {
        this.messages = messages;
    }

    @Override
    public List<Path> write(PeriodReport report, Path periodDir) throws IOException {
        List<Pillar> pillars = report.catalogue().pillars();
        List<String> header = new ArrayList<>(
                List.of("group", "rank", "unit_code", "unit_name", "overall", "classification"));
        pillars.forEach(p -> header.add("pillar_" + p.code()));
        header.addAll(List.of("previous_overall", "overall_change", "previous_rank", "rank_change", "rank_min",
                "rank_max", "status"));

        List<List<String>> rows = new ArrayList<>();
        for (RankingEntry e : report.rankings()) {
            List<String> row = new ArrayList<>(
                    List.of(e.group().id(), text(e.rank()), e.unit().code(), e.unit().nameVi(),
                            Decimals.format(e.overall()), e.ranked() ? messages.vi(e.classification().key()) : ""));
            Map<String, BigDecimal> pillarScores = e.ranked() ? e.score()
                .pillars()
                .stream()
                .collect(Collectors.toMap(r -> r.pillar().code(), PillarResult::score)) : Map.of();
            pillars.forEach(p -> row.add(Decimals.format(pillarScores.get(p.code()))));
            row.add(Decimals.format(e.previous().overall()));
            row.add(Decimals.format(e.overallChange()));
            row.add(text(e.previous().rank()));
            row.add(text(e.rankChange()));
            RankRange range = report.rankRange(e);
            row.add(range == null ? "" : String.valueOf(range.min()));
            row.add(range == null ? "" : String.valueOf(range.max()));
            row.add(e.ranked() ? "ranked" : "not_submitted");
            rows.add(row);
        }
        CsvOutput.write(periodDir.resolve(FILE), header, rows);
        return List.of(Path.of(FILE));
    }

    private static String text(Integer value) {
        return value == null ? "" : value.toString();
    }

}
