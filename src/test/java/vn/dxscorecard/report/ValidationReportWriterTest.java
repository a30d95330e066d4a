package vn.dxscorecard.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dxscorecard.cycle.EditionStatus;
import vn.dxscorecard.feedback.ErrorCode;
import vn.dxscorecard.feedback.Rejection;
import vn.dxscorecard.intake.FileRecord;
import vn.dxscorecard.intake.FileStatus;
import vn.dxscorecard.results.EditionInfo;
import vn.dxscorecard.results.PeriodReport;
import vn.dxscorecard.results.RejectionSource;
import vn.dxscorecard.shared.Messages;
import vn.dxscorecard.shared.Period;
import vn.dxscorecard.support.JobHarness;

class ValidationReportWriterTest {

    private static final EditionInfo EDITION = new EditionInfo(1, EditionStatus.PROVISIONAL, 0,
            OffsetDateTime.parse("2026-01-15T23:59:59+07:00"), "0".repeat(64));

    @TempDir
    Path periodDir;

    private static final Messages MESSAGES = Messages.catalogue();

    private final ValidationReportWriter writer = new ValidationReportWriter();

    private static final Rejection FORMULA = Rejection.of(MESSAGES, "01_2025-Q4.csv", "01", 3L, 3L, "value",
            "=HYPERLINK(\"http://evil.example\",\"75\")", ErrorCode.VALUE_UNPARSABLE,
            "=HYPERLINK(\"http://evil.example\",\"75\")");

    private static final Rejection NEGATIVE = Rejection.of(MESSAGES, "01_2025-Q4.csv", "01", 5L, 4L, "value", "-1",
            ErrorCode.VALUE_OUT_OF_RANGE, "-1", "≥ 0");

    private static final Rejection AT_SIGN = Rejection.of(MESSAGES, "01_2025-Q4.csv", "01", 6L, 5L, "indicator_code",
            "@SUM(A1:A9)", ErrorCode.UNKNOWN_INDICATOR, "@SUM(A1:A9)");

    private static final Rejection WHOLE_FILE = Rejection.of(MESSAGES, "79_2025-Q4_r2.csv", "79", null, null, null,
            null, ErrorCode.FILE_HEADER_ONLY);

    @Test
    void writesTheThreeReportsWithTheColumnsOfIssue4() throws IOException {
        List<Path> written = writer.write(report(), periodDir);
        assertThat(written).containsExactly(Path.of("validation/rejections.csv"), Path.of("validation/files.csv"),
                Path.of("validation/01.csv"), Path.of("validation/79.csv"));
        Path dir = periodDir.resolve("validation");
        assertThat(JobHarness.header(dir.resolve("rejections.csv"))).containsExactly("file", "line", "record", "column",
                "value", "error_code", "message_vi", "message_en");
        assertThat(JobHarness.header(dir.resolve("files.csv"))).containsExactly("file", "unit_code", "revision",
                "sha256", "status", "rows_read", "rows_accepted", "rows_rejected", "message_vi", "message_en");
        List<Map<String, String>> files = JobHarness.readCsv(dir.resolve("files.csv"));
        assertThat(files).extracting(f -> f.get("file"))
            .containsExactly("01_2025-Q4.csv", "79_2025-Q4.csv", "79_2025-Q4_r2.csv", "ghi chú.txt");
        assertThat(files.get(0)).containsEntry("unit_code", "01")
            .containsEntry("revision", "1")
            .containsEntry("status", "accepted")
            .containsEntry("rows_read", "19")
            .containsEntry("rows_accepted", "16")
            .containsEntry("rows_rejected", "3");
        assertThat(files.get(3)).containsEntry("unit_code", "")
            .containsEntry("revision", "")
            .containsEntry("status", "ignored")
            .containsEntry("sha256", "0".repeat(64));
        Map<String, String> whole = JobHarness.readCsv(dir.resolve("rejections.csv")).get(3);
        assertThat(whole).containsEntry("file", "79_2025-Q4_r2.csv")
            .containsEntry("line", "")
            .containsEntry("record", "")
            .containsEntry("error_code", "FILE_HEADER_ONLY")
            .containsEntry("message_vi", "Tệp chỉ có dòng tiêu đề, không có dòng dữ liệu nào.");
    }

    @Test
    void eachSendingUnitGetsItsFilesEachFollowedByItsRejections() throws IOException {
        writer.write(report(), periodDir);
        Path unit = periodDir.resolve("validation/79.csv");
        assertThat(JobHarness.header(unit)).containsExactly("row_type", "file", "revision", "sha256", "status",
                "rows_read", "rows_accepted", "rows_rejected", "line", "record", "column", "value", "error_code",
                "message_vi", "message_en");
        List<Map<String, String>> rows = JobHarness.readCsv(unit);
        assertThat(rows)
            .extracting(
                    r -> r.get("row_type") + " " + r.get("file") + " " + r.get("status") + " " + r.get("error_code"))
            .containsExactly("file 79_2025-Q4.csv accepted ", "file 79_2025-Q4_r2.csv rejected ",
                    "rejection 79_2025-Q4_r2.csv  FILE_HEADER_ONLY");
        assertThat(JobHarness.readCsv(periodDir.resolve("validation/01.csv"))).hasSize(4)
            .noneMatch(r -> r.get("file").startsWith("79"));
    }

    @Test
    void cellsThatASpreadsheetWouldRunAreNeutralisedButNegativeNumbersStayNumbers() throws IOException {
        writer.write(report(), periodDir);
        for (String file : List.of("rejections.csv", "01.csv")) {
            List<Map<String, String>> rows = JobHarness.readCsv(periodDir.resolve("validation").resolve(file));
            assertThat(rows).extracting(r -> r.get("value"))
                .contains("'=HYPERLINK(\"http://evil.example\",\"75\")", "'@SUM(A1:A9)", "-1");
            assertThat(rows).allSatisfy(r -> r.values()
                .forEach(cell -> assertThat(cell).as("cell of %s", file)
                    .doesNotStartWith("=")
                    .doesNotStartWith("@")
                    .doesNotStartWith("+")));
        }
        String raw = Files.readString(periodDir.resolve("validation/rejections.csv"), StandardCharsets.UTF_8);
        assertThat(raw).startsWith("\uFEFFfile,line,").contains("\r\n");
    }

    @Test
    void aUnitCodeThatWouldOverwriteASharedReportGetsNoFileOfItsOwn() throws IOException {
        FileRecord files = new FileRecord("FILES_2025-Q4.csv", "FILES", 1, "ab", FileStatus.REJECTED, 0, 0, 0, ',', "x",
                "x", null);
        List<Path> written = writer.write(new PeriodReport(Period.parse("2025-Q4").orElseThrow(), null, List.of(), null,
                List.of(files), inMemory(List.of()), 1, Instant.EPOCH, EDITION, null, List.of(), null), periodDir);
        assertThat(written).containsExactly(Path.of("validation/rejections.csv"), Path.of("validation/files.csv"));
        assertThat(JobHarness.readCsv(periodDir.resolve("validation/files.csv"))).hasSize(1);
    }

    private static PeriodReport report() {
        List<FileRecord> files = List.of(
                new FileRecord("01_2025-Q4.csv", "01", 1, "aa", FileStatus.ACCEPTED, 19, 16, 3, ',',
                        "Tệp được sử dụng cho kỳ 2025-Q4.", "This file is used for 2025-Q4.", null),
                new FileRecord("79_2025-Q4.csv", "79", 1, "bb", FileStatus.ACCEPTED, 19, 19, 0, ',',
                        "Tệp được sử dụng cho kỳ 2025-Q4.", "This file is used for 2025-Q4.", null),
                new FileRecord("79_2025-Q4_r2.csv", "79", 2, "cc", FileStatus.REJECTED, 0, 0, 0, ',',
                        WHOLE_FILE.messageVi(), WHOLE_FILE.messageEn(), WHOLE_FILE),
                new FileRecord("ghi chú.txt", null, null, "0".repeat(64), FileStatus.IGNORED, 0, 0, 0, ',',
                        "Tên tệp không đúng mẫu", "Not a submission name", null));
        return new PeriodReport(Period.parse("2025-Q4").orElseThrow(), null, List.of(), null, files,
                inMemory(List.of(FORMULA, NEGATIVE, AT_SIGN, WHOLE_FILE)), 1, Instant.EPOCH, EDITION, null, List.of(),
                null);
    }

    /**
     * The writer's view of a period's rejections, here without a database; in report
     * order.
     */
    private static RejectionSource inMemory(List<Rejection> rejections) {
        return new RejectionSource(new InMemory(rejections));
    }

    private record InMemory(List<Rejection> rejections) implements RejectionSource.Store {

        @Override
        public void forEach(Consumer<Rejection> action) {
            rejections.forEach(action);
        }

        @Override
        public void forEachOfFile(String fileName, Consumer<Rejection> action) {
            rejections.stream().filter(r -> r.fileName().equals(fileName)).forEach(action);
        }
    }

}
