package vn.dxscorecard.report.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.dxscorecard.ops.DxProperties;
import vn.dxscorecard.ranking.RankingEntry;
import vn.dxscorecard.reference.RegistryUnit;
import vn.dxscorecard.report.PeriodReport;
import vn.dxscorecard.report.ReportWriter;

/** {@code scorecards/<code>-<slug>.pdf}: one scorecard per ranked unit (SPEC §6). */
@Component
@Order(40)
public class ScorecardPdfWriter implements ReportWriter {

    public static final String FOLDER = "scorecards";
    private static final Logger log = LoggerFactory.getLogger(ScorecardPdfWriter.class);

    private final IndicatorTrends trends;
    private final ZoneId zone;

    ScorecardPdfWriter(IndicatorTrends trends, DxProperties properties) {
        this.trends = trends;
        this.zone = properties.zone();
    }

    /** {@code 01-thanh-pho-ha-noi.pdf}: the code keeps names unique, the ASCII name makes them readable anywhere. */
    public static String fileName(RegistryUnit unit) {
        return unit.code() + "-" + VnText.slug(unit.nameVi()) + ".pdf";
    }

    @Override
    public List<Path> write(PeriodReport report, Path periodDir) throws IOException {
        ReportFacts facts = new ReportFacts(report);
        Map<String, IndicatorTrends.History> histories = trends.of(report);
        List<Path> written = new ArrayList<>();
        long started = System.nanoTime();
        long first = 0;
        for (RankingEntry entry : report.rankings()) {
            if (!entry.ranked()) {
                continue;
            }
            Path relative = Path.of(FOLDER, fileName(entry.unit()));
            ScorecardLayout layout = new ScorecardLayout(facts, entry,
                    histories.getOrDefault(entry.unit().code(), IndicatorTrends.History.NONE), zone);
            PdfDocs.write(periodDir.resolve(relative), layout.meta(relative.toString()), layout::render);
            written.add(relative);
            if (first == 0) {
                first = System.nanoTime() - started;
            }
        }
        long total = System.nanoTime() - started;
        // The first one also loads the fonts and the PDF and chart classes; the others show the steady cost.
        log.info("Scorecards {}: {} PDFs in {} ms (first {} ms, then {} ms each on average)", report.period(),
                written.size(), total / 1_000_000, first / 1_000_000,
                written.size() < 2 ? 0 : (total - first) / 1_000_000 / (written.size() - 1));
        return written;
    }
}
