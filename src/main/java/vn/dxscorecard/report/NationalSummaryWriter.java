package vn.dxscorecard.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
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

/**
 * {@code national-summary.pdf}, and its English edition when asked (SPEC §6), after the
 * CSV files.
 */
@Component
@Order(50)
class NationalSummaryWriter implements ReportWriter {

    private static final Logger log = LoggerFactory.getLogger(NationalSummaryWriter.class);

    private final List<NationalSummaryPdf> pdfs;

    NationalSummaryWriter(Messages messages, DxProperties properties, ReportProperties languages, PdfSealer sealer) {
        this.pdfs = languages.languages()
            .stream()
            .map(language -> new NationalSummaryPdf(new Words(messages, language), properties.zone(), sealer))
            .toList();
    }

    @Override
    public List<Path> write(PeriodReport report, Path periodDir) throws IOException {
        List<Path> files = new ArrayList<>();
        for (NationalSummaryPdf pdf : pdfs) {
            long start = System.nanoTime();
            Path file = pdf.write(report, periodDir);
            log.info("National summary {}: {} in {} ms", report.period(), file,
                    (System.nanoTime() - start) / 1_000_000);
            files.add(file);
        }
        return files;
    }

}
