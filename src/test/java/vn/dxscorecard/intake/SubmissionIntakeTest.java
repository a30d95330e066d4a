package vn.dxscorecard.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dxscorecard.shared.Period;
import vn.dxscorecard.feedback.ErrorCode;
import vn.dxscorecard.reference.Registry;
import vn.dxscorecard.reference.ShippedReference;
import vn.dxscorecard.shared.Messages;

class SubmissionIntakeTest {

    private static final Registry REGISTRY = ShippedReference.registry();

    private static final Period Q4 = Period.parse("2025-Q4").orElseThrow();

    private static final Instant NOW = Instant.parse("2026-01-05T01:00:00Z");

    @TempDir
    Path input;

    private final SubmissionParserTest.ListSink sink = new SubmissionParserTest.ListSink();

    private Duration settleTime = Duration.ZERO;

    @Test
    void theHighestRevisionWinsAndTheOthersSayWhichWasUsed() throws IOException {
        file("01_2025-Q4.csv", valid("01", "1"));
        file("01_2025-Q4_r2.csv", valid("01", "2"));
        file("01_2025-Q4_r3.csv", valid("01", "3"));
        Map<String, FileRecord> files = intake();
        assertThat(files.get("01_2025-Q4_r3.csv").status()).isEqualTo(FileStatus.ACCEPTED);
        assertThat(files.get("01_2025-Q4_r3.csv").rowsRead()).isEqualTo(1);
        for (String older : List.of("01_2025-Q4.csv", "01_2025-Q4_r2.csv")) {
            assertThat(files.get(older).status()).isEqualTo(FileStatus.SUPERSEDED);
            assertThat(files.get(older).messageVi())
                .isEqualTo("Đã có bản sửa đổi mới hơn được sử dụng: 01_2025-Q4_r3.csv.");
            assertThat(files.get(older).messageEn()).contains("01_2025-Q4_r3.csv");
        }
        assertThat(sink.rows).extracting(RawRow::fileName).containsOnly("01_2025-Q4_r3.csv");
    }

    @Test
    void aHigherRevisionRejectedWholeFallsBackToTheNextAndSaysSo() throws IOException {
        file("BTC_2025-Q4.csv", valid("BTC", "1"));
        file("btc_2025-q4_R2.csv", "unit_code,period,indicator_code,note\nBTC,2025-Q4,X,\n");
        Map<String, FileRecord> files = intake();
        FileRecord r2 = files.get("btc_2025-q4_R2.csv");
        assertThat(r2.status()).isEqualTo(FileStatus.REJECTED);
        assertThat(r2.unitCode()).isEqualTo("BTC");
        assertThat(r2.revision()).isEqualTo(2);
        assertThat(r2.rejection().code()).isEqualTo(ErrorCode.FILE_MISSING_COLUMN);
        assertThat(r2.messageVi()).endsWith(" Tệp được sử dụng thay thế: BTC_2025-Q4.csv.");
        assertThat(r2.messageEn()).endsWith(" Used instead: BTC_2025-Q4.csv.");
        assertThat(files.get("BTC_2025-Q4.csv").status()).isEqualTo(FileStatus.ACCEPTED);
        assertThat(sink.rows).extracting(RawRow::fileName).containsOnly("BTC_2025-Q4.csv");
    }

    @Test
    void whenEveryRevisionIsRejectedTheUnitHasNotSubmittedAndIsToldSo() throws IOException {
        file("04_2025-Q4.csv", "");
        file("04_2025-Q4_r2.csv", "unit_code,period,indicator_code,value\n");
        Map<String, FileRecord> files = intake();
        assertThat(files.values()).extracting(FileRecord::status).containsOnly(FileStatus.REJECTED);
        assertThat(files.get("04_2025-Q4.csv").messageVi()).isEqualTo("Tệp rỗng: không có dòng tiêu đề và dữ liệu."
                + " Không có tệp nào của đơn vị 04 được sử dụng cho kỳ 2025-Q4: đơn vị được coi là chưa nộp báo cáo.");
        assertThat(sink.rows).isEmpty();
    }

    @Test
    void aByteIdenticalCopyIsTheDuplicateAndTheFileFirstSentIsUsed() throws IOException {
        file("08_2025-Q4.csv", valid("08", "5"));
        file("08_2025-Q4_r2.csv", valid("08", "5"));
        Map<String, FileRecord> files = intake();
        assertThat(files.get("08_2025-Q4.csv").status()).isEqualTo(FileStatus.ACCEPTED);
        FileRecord copy = files.get("08_2025-Q4_r2.csv");
        assertThat(copy.status()).isEqualTo(FileStatus.DUPLICATE);
        assertThat(copy.sha256()).isEqualTo(files.get("08_2025-Q4.csv").sha256());
        assertThat(copy.messageVi())
            .isEqualTo("Trùng từng byte (cùng SHA-256) với tệp 08_2025-Q4.csv, là tệp được sử dụng; bỏ qua.");
        assertThat(sink.rows).extracting(RawRow::fileName).containsExactly("08_2025-Q4.csv");
    }

    @Test
    void aRevisionThatRestoresAnEarlierContentIsUsedThroughTheEarlierFile() throws IOException {
        file("12_2025-Q4.csv", valid("12", "1"));
        file("12_2025-Q4_r2.csv", valid("12", "2"));
        file("12_2025-Q4_r3.csv", valid("12", "1"));
        Map<String, FileRecord> files = intake();
        assertThat(files.get("12_2025-Q4.csv").status()).isEqualTo(FileStatus.ACCEPTED);
        assertThat(files.get("12_2025-Q4_r3.csv").status()).isEqualTo(FileStatus.DUPLICATE);
        assertThat(files.get("12_2025-Q4_r2.csv").status()).isEqualTo(FileStatus.SUPERSEDED);
        assertThat(files.get("12_2025-Q4_r2.csv").messageEn()).isEqualTo("Replaced by a later revision,"
                + " 12_2025-Q4_r3.csv, identical to 12_2025-Q4.csv; the file used is 12_2025-Q4.csv.");
        assertThat(sink.rows).extracting(RawRow::value).containsExactly("1");
    }

    @Test
    void aCopyOfAnotherUnitsFileIsReadAsItsOwnUnitsFileAndTakesNothingFromTheOriginal() throws IOException {
        // SPEC §3: a duplicate is only within the same unit; the copy's rows then fail as
        // UNIT_MISMATCH.
        String content = valid("14", "7");
        file("14_2025-Q4.csv", content);
        file("15_2025-Q4.csv", valid("15", "3"));
        file("15_2025-Q4_r2.csv", content);
        Map<String, FileRecord> files = intake();
        assertThat(files.get("14_2025-Q4.csv").status()).isEqualTo(FileStatus.ACCEPTED);
        assertThat(files.get("15_2025-Q4_r2.csv").status()).isEqualTo(FileStatus.ACCEPTED);
        assertThat(files.get("15_2025-Q4.csv").status()).isEqualTo(FileStatus.SUPERSEDED);
        assertThat(sink.rows).filteredOn(r -> r.fileName().equals("15_2025-Q4_r2.csv"))
            .singleElement()
            .satisfies(r -> assertThat(r.unitCode()).isEqualTo("14"));
    }

    @Test
    void aCopyWithinTheUnitIsADuplicateOfTheFileUsed() throws IOException {
        String content = valid("15", "3");
        file("15_2025-Q4.csv", content);
        file("15_2025-Q4_r2.csv", content);
        Map<String, FileRecord> files = intake();
        assertThat(files.get("15_2025-Q4.csv").status()).isEqualTo(FileStatus.ACCEPTED);
        assertThat(files.get("15_2025-Q4_r2.csv").status()).isEqualTo(FileStatus.DUPLICATE);
        assertThat(files.get("15_2025-Q4_r2.csv").messageVi())
            .isEqualTo("Trùng từng byte (cùng SHA-256) với tệp 15_2025-Q4.csv, là tệp được sử dụng; bỏ qua.");
    }

    @Test
    void twoDifferentFilesWithTheSameRevisionAreNeverGuessedBetween() throws IOException {
        file("19_2025-Q4.csv", valid("19", "1"));
        file("19_2025-Q4_r2.csv", valid("19", "2"));
        file("19_2025-q4_r02.CSV", valid("19", "3"));
        Map<String, FileRecord> files = intake();
        for (String name : List.of("19_2025-Q4_r2.csv", "19_2025-q4_r02.CSV")) {
            FileRecord r = files.get(name);
            assertThat(r.status()).isEqualTo(FileStatus.REJECTED);
            assertThat(r.rejection().code()).isEqualTo(ErrorCode.FILE_REVISION_CONFLICT);
            assertThat(r.messageEn()).contains("19_2025-Q4_r2.csv, 19_2025-q4_r02.CSV")
                .contains("Send the right one as 19_2025-Q4_r3.csv")
                .endsWith("Used instead: 19_2025-Q4.csv.");
        }
        assertThat(files.get("19_2025-Q4.csv").status()).isEqualTo(FileStatus.ACCEPTED);
    }

    @Test
    void identicalFilesWithTheSameRevisionAreOneFileAndItsDuplicate() throws IOException {
        file("20_2025-Q4.csv", valid("20", "1"));
        file("20_2025-q4.csv", valid("20", "1"));
        Map<String, FileRecord> files = intake();
        assertThat(files.get("20_2025-Q4.csv").status()).isEqualTo(FileStatus.ACCEPTED);
        assertThat(files.get("20_2025-q4.csv").status()).isEqualTo(FileStatus.DUPLICATE);
    }

    @Test
    void unitsThatCannotReportAreRejectedWithTheCodeToUse() throws IOException {
        file("72_2025-Q4.csv", valid("72", "1"));
        file("BKHDT_2025-Q4.csv", valid("BKHDT", "1"));
        file("ZZ_2025-Q4.csv", valid("ZZ", "1"));
        Map<String, FileRecord> files = intake();
        assertThat(files.values()).extracting(FileRecord::status).containsOnly(FileStatus.REJECTED);
        assertThat(files.get("72_2025-Q4.csv").rejection().code()).isEqualTo(ErrorCode.FILE_UNIT_NOT_VALID);
        assertThat(files.get("72_2025-Q4.csv").messageVi()).isEqualTo("Đơn vị 72 (Tỉnh Tây Ninh) không có hiệu lực"
                + " vào ngày 31/12/2025 (ngày cuối của kỳ 2025-Q4). Từ ngày 01/07/2025 đơn vị được thay thế bởi"
                + " 80 (Tỉnh Tây Ninh): hãy nộp báo cáo dưới mã 80, tên tệp 80_2025-Q4.csv.");
        assertThat(files.get("BKHDT_2025-Q4.csv").messageEn()).contains("replaced by BTC (Bộ Tài chính)")
            .contains("BTC_2025-Q4.csv");
        assertThat(files.get("ZZ_2025-Q4.csv").rejection().code()).isEqualTo(ErrorCode.FILE_UNKNOWN_UNIT);
        assertThat(files.get("ZZ_2025-Q4.csv").rejection().column()).isEqualTo("file_name");
        assertThat(sink.rows).isEmpty();
    }

    @Test
    void aReusedCodeIsTheUnitValidOnThePeriodsLastDay() {
        Period q2 = Period.parse("2025-Q2").orElseThrow();
        assertThat(UnitCheck.check("80", q2, REGISTRY)).isEmpty();
        assertThat(UnitCheck.check("72", q2, REGISTRY)).isEmpty();
        assertThat(UnitCheck.check("80", Q4, REGISTRY)).isEmpty();
        UnitCheck.Problem early = UnitCheck.check("BDTTG", Period.parse("2024-Q4").orElseThrow(), REGISTRY)
            .orElseThrow();
        assertThat(early.replacement()).isEqualTo("UBDT");
        assertThat(Messages.catalogue().text(early.code().message(early.args())).vi())
            .contains("chỉ có hiệu lực từ ngày 01/03/2025")
            .contains("UBDT (Ủy ban Dân tộc)");
        assertThat(UnitCheck.check("BNNPTNT", Q4, REGISTRY).orElseThrow().replacement()).isEqualTo("BNNMT");
    }

    @Test
    void namesThatAreNotSubmissionsAreListedAsIgnoredWithTheirReason() throws IOException {
        file("22_2025-Q4.csv.part", valid("22", "1"));
        file("22_2025-Q4_r2.tmp", valid("22", "1"));
        file("24_2025-Q4.xlsx", "PK");
        file("25_2025-Q4_r1.csv", valid("25", "1"));
        file("ghi chu.txt", "x");
        file("31_2025-Q3.csv", valid("31", "1"));
        file("31_2025-Q3.xlsx", "PK");
        file(".~lock.33_2025-Q4.csv#", "x");
        Map<String, FileRecord> files = intake();
        assertThat(files.keySet()).containsExactly("22_2025-Q4.csv.part", "22_2025-Q4_r2.tmp", "24_2025-Q4.xlsx",
                "25_2025-Q4_r1.csv", "ghi chu.txt");
        assertThat(files.values()).extracting(FileRecord::status).containsOnly(FileStatus.IGNORED);
        assertThat(files.values()).extracting(FileRecord::unitCode).containsExactly("22", "22", "24", "25", null);
        assertThat(files.get("22_2025-Q4.csv.part").messageVi()).startsWith("Tệp chưa hoàn tất (đuôi .part");
        assertThat(files.get("24_2025-Q4.xlsx").messageEn()).startsWith("Not a .csv file");
        assertThat(files.get("25_2025-Q4_r1.csv").messageEn()).contains("revisions are numbered from _r2");
        assertThat(sink.rows).isEmpty();
    }

    @Test
    void aFileChangedWithinTheSettleTimeIsSkippedUntilTheNextRun() throws IOException {
        settleTime = Duration.ofSeconds(5);
        Path fresh = file("37_2025-Q4.csv", valid("37", "1"));
        Files.setLastModifiedTime(fresh, FileTime.from(NOW.minusSeconds(2)));
        Path settled = file("40_2025-Q4.csv", valid("40", "1"));
        Files.setLastModifiedTime(settled, FileTime.from(NOW.minusSeconds(6)));
        Map<String, FileRecord> files = intake();
        assertThat(files.get("37_2025-Q4.csv").status()).isEqualTo(FileStatus.IGNORED);
        assertThat(files.get("37_2025-Q4.csv").messageEn()).contains("will be read next run");
        assertThat(files.get("40_2025-Q4.csv").status()).isEqualTo(FileStatus.ACCEPTED);
    }

    @Test
    void unitCodesLongerThanTheRegistryAllowsAreNotSubmissionNames() {
        assertThat(SubmissionName.parse("ABCDEFGHIJKLMNOPQ_2025-Q4.csv")).isEmpty();
        assertThat(SubmissionName.parse("bxd_2025-q4.CSV").orElseThrow().unitCode()).isEqualTo("BXD");
        assertThat(SubmissionName.parse("01_2025-Q4_r1.csv")).isEmpty();
        assertThat(SubmissionName.parse("01_2025-Q4_r10.csv").orElseThrow().revision()).isEqualTo(10);
    }

    private Map<String, FileRecord> intake() {
        IntakeProperties properties = SubmissionParserTest.limits(settleTime, 5L * 1024 * 1024, 10_000);
        SubmissionIntake intake = new SubmissionIntake(new SubmissionParser(properties), Messages.catalogue());
        DropSnapshot snapshot = DropSnapshot.take(input, NOW, properties.settleTime(), properties.maxBytes());
        List<FileRecord> records = intake.intake(snapshot, Q4, REGISTRY, sink);
        return records.stream()
            .collect(Collectors.toMap(FileRecord::fileName, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(input.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static String valid(String unit, String value) {
        return "unit_code,period,indicator_code,value\n" + unit + ",2025-Q4,TC_NHIEM_VU_DUNG_HAN," + value + "\n";
    }

}
