package vn.dxscorecard.report.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;

import vn.dxscorecard.results.PeriodReport;

/** {@code national-summary.pdf}, in English {@code national-summary.en.pdf} (SPEC §6). */
public final class NationalSummaryPdf {

    public static final Path FILE = Language.VI.summary();

    private final Words words;

    private final ZoneId zone;

    private final PdfSealer sealer;

    public NationalSummaryPdf(Words words, ZoneId zone, PdfSealer sealer) {
        this.words = words;
        this.zone = zone;
        this.sealer = sealer;
    }

    /**
     * @return the file written, relative to {@code periodDir}
     */
    public Path write(PeriodReport report, Path periodDir) throws IOException {
        Path file = words.language().summary();
        NationalSummaryLayout layout = new NationalSummaryLayout(report, words, zone);
        PdfDocs.write(periodDir.resolve(file), layout.meta(file.toString()), words, layout::render, sealer);
        return file;
    }

}
