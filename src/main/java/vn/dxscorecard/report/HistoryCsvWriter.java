package vn.dxscorecard.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.dxscorecard.results.PeriodReport;
import vn.dxscorecard.scoring.Decimals;
import vn.dxscorecard.shared.CsvOutput;
import vn.dxscorecard.shared.Messages;

/**
 * {@code history.csv} (SPEC §6): every unit of every period published here up to this
 * one, from each period's latest edition, so a unit can be followed across quarters.
 */
@Component
@Order(25)
class HistoryCsvWriter implements ReportWriter {

    static final String FILE = "history.csv";

    private static final List<String> HEADER = List.of("period", "edition", "status", "group", "unit_code", "unit_name",
            "rank", "overall", "classification");

    private final Messages messages;

    HistoryCsvWriter(Messages messages) {
        this.messages = messages;
    }

    @Override
    public List<Path> write(PeriodReport report, Path periodDir) throws IOException {
        List<List<String>> rows = report.history()
            .stream()
            .map(h -> List.of(h.period().toString(), String.valueOf(h.edition()), h.status().id(), h.group().id(),
                    h.unitCode(), h.unitName(), h.rank() == null ? "" : h.rank().toString(),
                    Decimals.format(h.overall()),
                    h.classification() == null ? "" : messages.vi(h.classification().key())))
            .toList();
        CsvOutput.write(periodDir.resolve(FILE), HEADER, rows);
        return List.of(Path.of(FILE));
    }

}
