package vn.dxscorecard.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dxscorecard.support.JobHarness;
import vn.dxscorecard.support.PdfFiles;

/**
 * A thin quarter: two provinces sent good files, a third sent a file whose every row is
 * rejected, the national unit sent nothing, and there is no earlier quarter to compare
 * with.
 */
class ReportPdfsEdgeCasesTest {

    @TempDir
    static Path workspace;

    private static Path out;

    @BeforeAll
    static void runJob() throws IOException {
        JobHarness job = new JobHarness(workspace);
        Files.copy(JobHarness.SAMPLE_INPUT.resolve("01_2025-Q4.csv"), job.input().resolve("01_2025-Q4.csv"));
        Files.copy(JobHarness.SAMPLE_INPUT.resolve("04_2025-Q4.csv"), job.input().resolve("04_2025-Q4.csv"));
        String wrongPeriod = JobHarness.sampleText("04_2025-Q4.csv").replace("04,2025-Q4,", "08,2025-Q3,");
        job.withFile("08_2025-Q4.csv", wrongPeriod);
        assertThat(job.run("--period=2025-Q4")).isZero();
        out = job.periodDir("2025-Q4");
    }

    @Test
    void aUnitWhoseEveryRowWasRejectedIsRankedWithZerosAndItsScorecardSaysWhy() throws IOException {
        String page1 = PdfFiles.pageText(out.resolve("scorecards/08-tinh-tuyen-quang.pdf"), 1).replace("\n", " ");
        assertThat(page1).contains("Tất cả 19 dòng dữ liệu của tệp 08_2025-Q4.csv đều bị loại",
                "“Không báo cáo” (điểm 0)", "19 dòng: Kỳ báo cáo '2025-Q3' khác với kỳ của tệp (2025-Q4).",
                "validation/08.csv", "0,00", "Yếu", "3/3");
        String goodUnit = PdfFiles.pageText(out.resolve("scorecards/04-tinh-cao-bang.pdf"), 1);
        assertThat(goodUnit).doesNotContain("đều bị loại");
    }

    @Test
    void withoutAPreviousQuarterTheChangeIsADash() throws IOException {
        String page1 = PdfFiles.pageText(out.resolve("scorecards/01-thanh-pho-ha-noi.pdf"), 1);
        // The change figure: its label, a dash for the value, and why.
        assertThat(page1).containsPattern("SO VỚI QUÝ 3/2025\\s+—\\s+không có số liệu Quý 3/2025")
            .doesNotContain("▲", "▼");
    }

    @Test
    void theSummarySaysTheNationalUnitDidNotSubmit() throws IOException {
        String text = PdfFiles.text(out.resolve("national-summary.pdf")).replace("\n", " ");
        assertThat(text).contains("Quốc gia (QG) chưa nộp báo cáo Quý 4/2025", "chưa nộp báo cáo quý này",
                "HT_5G_THUONG_MAI", "Chưa nộp báo cáo", "Tỉnh Điện Biên");
    }

}
