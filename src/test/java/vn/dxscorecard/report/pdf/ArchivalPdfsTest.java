package vn.dxscorecard.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dxscorecard.reference.Catalogue;
import vn.dxscorecard.reference.Indicator;
import vn.dxscorecard.reference.Pillar;
import vn.dxscorecard.reference.ShippedReference;
import vn.dxscorecard.support.JobHarness;
import vn.dxscorecard.support.PdfA;
import vn.dxscorecard.support.PdfFiles;

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
        assertThat(PdfA.assertEveryPdfCompliant(job.periodDir(PERIOD))).hasSizeGreaterThan(40);
    }

    @Test
    void theXmpPacketNamesTheUnitPeriodEditionAndCatalogue() throws IOException {
        String scorecard = xmp(job.periodDir(PERIOD).resolve("scorecards/BCT-bo-cong-thuong.pdf"));
        assertThat(scorecard).contains("<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>B</pdfaid:conformance>",
                "<dxs:unitCode>BCT</dxs:unitCode>", "<dxs:unitName>Bộ Công Thương</dxs:unitName>",
                "<dxs:period>2025-Q4</dxs:period>", "<dxs:edition>1</dxs:edition>",
                "<dxs:editionLabel>Bản chính thức</dxs:editionLabel>",
                "<dxs:catalogueVersion>2024-2026.1</dxs:catalogueVersion>", "Bảng điểm chuyển đổi số Quý 4/2025",
                "2026-01-16T02:00:00+07:00");
        String summary = xmp(job.periodDir(PERIOD).resolve("national-summary.pdf"));
        assertThat(summary).contains("<dxs:unitCode>QG</dxs:unitCode>", "<dxs:unitName>Toàn quốc</dxs:unitName>",
                "Báo cáo tổng hợp chuyển đổi số toàn quốc Quý 4/2025");
    }

    @Test
    void theSummaryEndsWithTheMethodologyAnnexNamingEveryPillarIndicatorAndTheCatalogueVersion() throws IOException {
        Path summary = job.periodDir(PERIOD).resolve("national-summary.pdf");
        int pages;
        try (PDDocument document = Loader.loadPDF(summary.toFile())) {
            pages = document.getNumberOfPages();
        }
        int annexPage = 0;
        for (int page = 1; page <= pages && annexPage == 0; page++) {
            if (PdfFiles.pageText(summary, page).contains("Phụ lục. Phương pháp đánh giá")) {
                annexPage = page;
            }
        }
        assertThat(annexPage).as("the annex starts a page of its own after the summary").isGreaterThan(1);
        StringBuilder annex = new StringBuilder();
        for (int page = annexPage; page <= pages; page++) {
            annex.append(PdfFiles.pageText(summary, page));
        }
        String text = annex.toString().replaceAll("\\s+", " ");
        Catalogue catalogue = ShippedReference.catalogue();
        assertThat(text).contains("bộ chỉ tiêu " + catalogue.version(), catalogue.sha256(),
                "9. Danh mục chỉ tiêu " + catalogue.version());
        for (Pillar pillar : catalogue.pillars()) {
            assertThat(text).contains(pillar.nameVi());
        }
        for (Indicator indicator : catalogue.indicators()) {
            assertThat(text).as(indicator.code()).contains(indicator.code());
        }
        assertThat(text).contains("a = (x − giá trị xấu nhất) / (mục tiêu − giá trị xấu nhất)",
                "Tốt ≥ 80 · Khá ≥ 65 · Trung bình ≥ 50 · Yếu < 50", "(1, 2, 2, 4)",
                "m = xuất phát + (mục tiêu − xuất phát) × q / 4", "ước tính theo đơn vị trước sáp nhập",
                "hết ngày thứ 15 sau khi quý kết thúc", "hạn của Quý 4/2025 là 23:59 ngày 15/01/2026",
                "Báo cáo này là: Bản chính thức.");
        // each indicator's source as the catalogue gives it, long ones wrapped in their
        // cell
        assertThat(text).contains("seed 002");
    }

    private static String xmp(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
        }
    }

}
