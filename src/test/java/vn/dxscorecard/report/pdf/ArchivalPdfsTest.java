package vn.dxscorecard.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dxscorecard.support.JobHarness;
import vn.dxscorecard.support.PdfA;

/** Every PDF of a sample quarter is PDF/A-2b by veraPDF's reading (SPEC §6). */
class ArchivalPdfsTest {

    private static final String PERIOD = "2025-Q4";

    private static final String CLOCK = "--dx.clock=2026-01-16T02:00:00+07:00";

    @TempDir
    static Path workspace;

    private static JobHarness job;

    @BeforeAll
    static void runJob() throws IOException {
        job = new JobHarness(workspace).withSample("2025-Q3", PERIOD);
        assertThat(job.run("--period=" + PERIOD, CLOCK)).isZero();
    }

    @Test
    void everyPdfOfTheQuarterIsPdfA2b() throws IOException {
        List<Path> pdfs = PdfA.pdfsUnder(job.periodDir(PERIOD));
        assertThat(pdfs).hasSizeGreaterThan(40);
        for (Path pdf : pdfs) {
            PdfA.Verdict verdict = PdfA.validate(pdf);
            assertThat(verdict.failedRules()).as(pdf.getFileName() + ": " + verdict.summary()).isEmpty();
            assertThat(verdict.compliant()).isTrue();
        }
    }

    @Test
    void theXmpPacketNamesTheUnitPeriodEditionAndCatalogue() throws IOException {
        String scorecard = xmp(job.periodDir(PERIOD).resolve("scorecards/BCT-bo-cong-thuong.pdf"));
        assertThat(scorecard).contains("<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>B</pdfaid:conformance>",
                "<dxs:unitCode>BCT</dxs:unitCode>", "<dxs:unitName>Bộ Công Thương</dxs:unitName>",
                "<dxs:period>2025-Q4</dxs:period>", "<dxs:edition>1</dxs:edition>",
                "<dxs:editionLabel>Bản chính thức</dxs:editionLabel>",
                "<dxs:catalogueVersion>2024-2025.1</dxs:catalogueVersion>", "Bảng điểm chuyển đổi số Quý 4/2025",
                "2026-01-16T02:00:00+07:00");
        String summary = xmp(job.periodDir(PERIOD).resolve("national-summary.pdf"));
        assertThat(summary).contains("<dxs:unitCode>QG</dxs:unitCode>", "<dxs:unitName>Toàn quốc</dxs:unitName>",
                "Báo cáo tổng hợp chuyển đổi số toàn quốc Quý 4/2025");
    }

    private static String xmp(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
        }
    }

}
