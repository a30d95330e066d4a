package vn.dxscorecard.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.dxscorecard.report.pdf.NationalSummaryPdf;
import vn.dxscorecard.report.pdf.PdfSealer;
import vn.dxscorecard.report.pdf.Words;
import vn.dxscorecard.results.PeriodReport;
import vn.dxscorecard.shared.DxProperties;
import vn.dxscorecard.shared.Messages;

/** {@code national-summary.pdf} (SPEC §6), after the CSV files. */
@Component
@Order(50)
class NationalSummaryWriter implements ReportWriter {

    private static final Logger log = LoggerFactory.getLogger(NationalSummaryWriter.class);

    private final NationalSummaryPdf pdf;

    NationalSummaryWriter(Messages messages, DxProperties properties, PdfSealer sealer) {
        this.pdf = new NationalSummaryPdf(new Words(messages), properties.zone(), sealer);
    }

    @Override
    public List<Path> write(PeriodReport report, Path periodDir) throws IOException {
        long start = System.nanoTime();
        Path file = pdf.write(report, periodDir);
        log.info("National summary {}: {} in {} ms", report.period(), file, (System.nanoTime() - start) / 1_000_000);
        return List.of(file);
    }

}
