package vn.dxscorecard.report.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.dxscorecard.ops.DxProperties;
import vn.dxscorecard.report.PeriodReport;
import vn.dxscorecard.report.ReportWriter;

/** {@code national-summary.pdf} (SPEC §6). */
@Component
@Order(50)
public class NationalSummaryPdfWriter implements ReportWriter {

    public static final String FILE = "national-summary.pdf";
    private static final Logger log = LoggerFactory.getLogger(NationalSummaryPdfWriter.class);

    private final ZoneId zone;

    NationalSummaryPdfWriter(DxProperties properties) {
        this.zone = properties.zone();
    }

    @Override
    public List<Path> write(PeriodReport report, Path periodDir) throws IOException {
        long start = System.nanoTime();
        NationalSummaryLayout layout = new NationalSummaryLayout(new ReportFacts(report), zone);
        PdfDocs.write(periodDir.resolve(FILE), layout.meta(FILE), layout::render);
        log.info("National summary {}: {} in {} ms", report.period(), FILE, (System.nanoTime() - start) / 1_000_000);
        return List.of(Path.of(FILE));
    }
}
