package vn.dxscorecard.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dxscorecard.support.JobHarness;
import vn.dxscorecard.support.PdfFiles;

/**
 * More rejections than a scorecard lists: Hà Nội's sample file (one bad row of its own)
 * gets 20 rows of unknown indicators more, and a revision r2 that is rejected whole. The
 * reports stream rejections from the database and the PDFs see a digest per file;
 * together they must still say exactly what the full lists say. Lai Châu sent Cao Bằng's
 * figures, so the two share a rank.
 */
class ManyRejectionsTest {

    private static final int BAD_ROWS = 20;

    /**
     * The sample's own file has one planted bad row: 'abc' on line 10
     * (docs/sample-input.md).
     */
    private static final int SAMPLE_BAD_LINE = 10;

    @TempDir
    static Path workspace;

    private static Path out;

    @BeforeAll
    static void runJob() throws IOException {
        JobHarness job = new JobHarness(workspace);
        StringBuilder file = new StringBuilder(JobHarness.sampleText("01_2025-Q4.csv"));
        for (int i = 1; i <= BAD_ROWS; i++) {
            file.append("01;2025-Q4;KHONG_CO_").append(i).append(";1;\r\n");
        }
        job.withFile("01_2025-Q4.csv", file.toString()).withBytes("01_2025-Q4_r2.csv", new byte[0]);
        String caoBang = JobHarness.sampleText("04_2025-Q4.csv");
        job.withFile("04_2025-Q4.csv", caoBang).withFile("12_2025-Q4.csv", caoBang.replace("\n04,", "\n12,"));
        assertThat(job.run("--period=2025-Q4")).isZero();
        out = job.periodDir("2025-Q4");
    }

    @Test
    void everyRejectionIsInTheReportsInTheOrderTheSenderReadsTheFile() throws IOException {
        List<Map<String, String>> all = JobHarness.readCsv(out.resolve("validation/rejections.csv"));
        assertThat(all).hasSize(BAD_ROWS + 2);
        assertThat(all.getFirst()).containsEntry("file", "01_2025-Q4.csv")
            .containsEntry("line", String.valueOf(SAMPLE_BAD_LINE));
        // The sample file has its header and 19 rows on lines 1-20; the bad rows follow.
        assertThat(all.subList(1, BAD_ROWS + 1)).extracting(r -> r.get("line"))
            .containsExactlyElementsOf(IntStream.rangeClosed(21, 20 + BAD_ROWS).mapToObj(String::valueOf).toList());
        assertThat(all.getLast()).containsEntry("file", "01_2025-Q4_r2.csv")
            .containsEntry("error_code", "FILE_EMPTY")
            .containsEntry("line", "");

        List<Map<String, String>> unit = JobHarness.readCsv(out.resolve("validation/01.csv"));
        List<String> expected = new ArrayList<>(List.of("file"));
        expected.addAll(Collections.nCopies(BAD_ROWS + 1, "rejection"));
        expected.addAll(List.of("file", "rejection"));
        assertThat(unit).extracting(r -> r.get("row_type")).containsExactlyElementsOf(expected);
        assertThat(unit.getFirst()).containsEntry("rows_read", "39")
            .containsEntry("rows_accepted", "18")
            .containsEntry("rows_rejected", String.valueOf(BAD_ROWS + 1));
        assertThat(JobHarness.readCsv(out.resolve("validation/04.csv"))).hasSize(1);
    }

    @Test
    void theScorecardListsTheFirstFifteenAndCountsTheRest() throws IOException {
        String text = PdfFiles.text(out.resolve("scorecards/01-thanh-pho-ha-noi.pdf")).replace("\n", " ");
        // 22 in all: the planted one, then KHONG_CO_1..14 make fifteen.
        assertThat(text).contains("validation/01.csv; 7 lỗi cuối không in ở đây", "'abc'", "KHONG_CO_14")
            .doesNotContain("KHONG_CO_15", "đều bị loại");
    }

    @Test
    void unitsWithTheSameScoreShareARankAndTheirScorecardsSaySo() throws IOException {
        List<Map<String, String>> rankings = JobHarness.readCsv(out.resolve("rankings.csv"));
        assertThat(JobHarness.row(rankings, "unit_code", "04").get("rank"))
            .isEqualTo(JobHarness.row(rankings, "unit_code", "12").get("rank"));
        assertThat(PdfFiles.pageText(out.resolve("scorecards/04-tinh-cao-bang.pdf"), 1)).contains("đồng hạng");
        assertThat(PdfFiles.pageText(out.resolve("scorecards/12-tinh-lai-chau.pdf"), 1)).contains("đồng hạng");
        assertThat(PdfFiles.pageText(out.resolve("scorecards/01-thanh-pho-ha-noi.pdf"), 1)).doesNotContain("đồng hạng");
    }

    @Test
    void theSummaryNamesTheMostFrequentReasonOfTheFile() throws IOException {
        String text = PdfFiles.text(out.resolve("national-summary.pdf")).replace("\n", " ");
        assertThat(text).contains("01_2025-Q4.csv", (BAD_ROWS + 1) + "/39", "KHONG_CO_1");
    }

}
