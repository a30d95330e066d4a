package vn.dxscorecard.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.dxscorecard.feedback.ErrorCode;
import vn.dxscorecard.shared.Messages;
import vn.dxscorecard.feedback.Rejection;

class SubmissionParserTest {

    private static final String HEADER = "unit_code,period,indicator_code,value,note";

    private static final SubmissionName NAME = SubmissionName.parse("01_2025-Q4.csv").orElseThrow();

    @TempDir
    Path dir;

    private final ListSink sink = new ListSink();

    private SubmissionParser parser = new SubmissionParser(limits(Duration.ZERO, 5L * 1024 * 1024, 10_000));

    @Test
    void defaultLimitsAreFiveMebibytesAndTenThousandRecords() {
        IntakeProperties defaults = new Binder(new MapConfigurationPropertySource()).bindOrCreate("dx.intake",
                IntakeProperties.class);
        assertThat(defaults.maxBytes()).isEqualTo(5L * 1024 * 1024);
        assertThat(defaults.maxRecords()).isEqualTo(10_000);
        assertThat(defaults.settleTime()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void physicalLinesCountQuotedLineBreaksAndCrLfOnce() throws IOException {
        parse(bytes("\uFEFF" + HEADER + "\r\n" + "01,2025-Q4,A,1,\"two\r\nlines\"\r\n" + "01,2025-Q4,B,2,\r\n" + "\r\n"
                + "01,2025-Q4,C,3,\"three\nmore\nlines\"\r\n" + "01,2025-Q4,D,4,"));
        assertThat(sink.rows).extracting(RawRow::indicatorCode, RawRow::line, RawRow::record)
            .containsExactly(tuple("A", 2L, 2L), tuple("B", 4L, 3L), tuple("C", 6L, 5L), tuple("D", 9L, 6L));
    }

    @Test
    void excelBlankRecordsAndLeadingBlankLinesAreSkippedNotCounted() throws IOException {
        SubmissionParser.Parsed parsed = parse(bytes(";;;;\r\n\r\n" + "unit_code;period;indicator_code;value;note\r\n"
                + "01;2025-Q4;A;87,5;\r\n" + ";;;;\r\n" + "  ; ;\u00A0;;\r\n" + "01;2025-Q4;B;1;\r\n"));
        assertThat(parsed.delimiter()).isEqualTo(';');
        assertThat(parsed.rowsRead()).isEqualTo(2);
        assertThat(sink.rows).extracting(RawRow::line).containsExactly(4L, 7L);
    }

    @Test
    void delimiterIsTheMoreFrequentInTheHeaderLine() throws IOException {
        // The header decides even when the data lines are full of the other character.
        assertThat(parse(bytes(HEADER + "\n01,2025-Q4,A,1,\"a;b;c;d;e;f\"\n")).delimiter()).isEqualTo(',');
        sink.rows.clear();
        assertThat(parse(bytes("unit_code;period;indicator_code;value;note\n01;2025-Q4;A;1;\"a,b,c,d,e,f\"\n"))
            .delimiter()).isEqualTo(';');
    }

    @Test
    void cellsAreTrimmedOfNoBreakSpacesToo() throws IOException {
        parse(bytes(" Unit_Code , PERIOD ,indicator_code,value\n\u00A001\u00A0, 2025-Q4 , A ,\u202F87.5\u200B\n"));
        RawRow row = sink.rows.getFirst();
        assertThat(List.of(row.unitCode(), row.period(), row.indicatorCode(), row.value())).containsExactly("01",
                "2025-Q4", "A", "87.5");
    }

    @Test
    void unknownColumnsAreReturnedForAWarning() throws IOException {
        assertThat(parse(bytes(HEADER + ",Ghi chú thêm,\n01,2025-Q4,A,1,,x,\n")).unknownColumns())
            .containsExactly("Ghi chú thêm");
    }

    @Test
    void raggedRecordsAreLeftToTheValidator() throws IOException {
        parse(bytes(HEADER + "\n01,2025-Q4,A,1\n01,2025-Q4,B,2,,extra\n"));
        assertThat(sink.rows).extracting(RawRow::fieldCount).containsExactly(4, 6);
        assertThat(sink.rows).allMatch(RawRow::ragged);
    }

    /**
     * The texts we recognise in Commons CSV's exceptions; a dependency update that
     * changes them fails here.
     */
    @Test
    void commonsCsvStillWordsItsQuoteErrorsAsWeExpect() {
        assertThat(commonsCsvError("a,b\nc,\"d\ne,f\n")).contains(SubmissionParser.UNTERMINATED_QUOTE_MESSAGE)
            .contains("startline 2");
        assertThat(commonsCsvError("a,b\nc,\"d\"x\n")).contains(SubmissionParser.TEXT_AFTER_QUOTE_MESSAGE)
            .contains("at line: 2,");
    }

    @Test
    void anUnterminatedQuoteRejectsTheFileAtTheLineWhereItOpened() {
        Rejection r = rejection(bytes(
                HEADER + "\n01,2025-Q4,A,1,\"ok\nstill ok\"\n01,2025-Q4,B,2,\"never closed\n" + "01,2025-Q4,C,3,\n"));
        assertThat(r.code()).isEqualTo(ErrorCode.FILE_UNTERMINATED_QUOTE);
        assertThat(r.line()).isEqualTo(4L);
        assertThat(r.record()).isEqualTo(3L);
        assertThat(r.messageVi()).contains("dòng 4");
        assertThat(sink.rows).isNotEmpty(); // the intake discards them: see
                                            // SubmissionIntakeTest
    }

    @Test
    void textAfterAClosingQuoteRejectsTheFileWithAVietnameseReason() {
        Rejection r = rejection(bytes(HEADER + "\n01,2025-Q4,A,1,\n01,2025-Q4,B,2,\"say \"hi\"\"\n"));
        assertThat(r.code()).isEqualTo(ErrorCode.FILE_MALFORMED_CSV);
        assertThat(r.line()).isEqualTo(3L);
        assertThat(r.messageVi()).startsWith("Tệp CSV sai cấu trúc ở dòng 3: có ký tự ngay sau dấu ngoặc kép")
            .doesNotContain("Invalid");
    }

    @Test
    void headerProblemsRejectTheFileAtTheHeaderLine() {
        Rejection missing = rejection(bytes("\nunit_code,period,indicator_code,note\n01,2025-Q4,A,\n"));
        assertThat(missing.code()).isEqualTo(ErrorCode.FILE_MISSING_COLUMN);
        assertThat(missing.line()).isEqualTo(2L);
        assertThat(missing.column()).isEqualTo("value");
        Rejection duplicate = rejection(bytes("unit_code,period,indicator_code,value,Value\n01,2025-Q4,A,1,1\n"));
        assertThat(duplicate.code()).isEqualTo(ErrorCode.FILE_DUPLICATE_COLUMN);
        assertThat(duplicate.line()).isEqualTo(1L);
        assertThat(duplicate.value()).isEqualTo("Value");
        Rejection unknownTwice = rejection(bytes(HEADER + ",x,X\n01,2025-Q4,A,1,,,\n"));
        assertThat(unknownTwice.code()).isEqualTo(ErrorCode.FILE_DUPLICATE_COLUMN);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "\uFEFF", "\uFEFF \r\n\t\r\n", ";;;;\r\n;;;;\r\n" })
    void emptyFilesAreRejected(String content) {
        assertThat(rejection(bytes(content)).code()).isEqualTo(ErrorCode.FILE_EMPTY);
    }

    @Test
    void headerOnlyFilesAreRejected() {
        assertThat(rejection(bytes(HEADER + "\r\n,,,,\r\n\r\n")).code()).isEqualTo(ErrorCode.FILE_HEADER_ONLY);
    }

    @Test
    void theRecordLimitCountsDataRecordsOnly() throws IOException {
        StringBuilder content = new StringBuilder(HEADER + "\n\n");
        for (int i = 1; i <= 10_000; i++) {
            content.append("01,2025-Q4,I").append(i).append(",1,\n").append(i % 1000 == 0 ? ",,,,\n" : "");
        }
        assertThat(parse(bytes(content.toString())).rowsRead()).isEqualTo(10_000);
        content.append("01,2025-Q4,LAST,1,\n");
        Rejection r = rejection(bytes(content.toString()));
        assertThat(r.code()).isEqualTo(ErrorCode.FILE_TOO_MANY_ROWS);
        assertThat(r.line()).isEqualTo(10_000 + 10 + 3L);
        assertThat(r.messageVi()).contains("10.000");
        assertThat(r.messageEn()).contains("10,000");
    }

    @Test
    void theByteLimitIsConfigurable() {
        parser = new SubmissionParser(limits(Duration.ZERO, 100, 10_000));
        Rejection r = rejection(bytes(HEADER + "\n01,2025-Q4,A,1," + "x".repeat(100) + "\n"));
        assertThat(r.code()).isEqualTo(ErrorCode.FILE_TOO_LARGE);
        assertThat(r.line()).isNull();
        assertThat(r.messageEn()).contains("100 bytes");
    }

    @Test
    void utf16WithByteOrderMarkIsNamed() {
        byte[] utf16 = (("\uFEFF" + HEADER + "\r\n01,2025-Q4,A,1,Hà Nội\r\n")).getBytes(StandardCharsets.UTF_16LE);
        Rejection r = rejection(utf16);
        assertThat(r.code()).isEqualTo(ErrorCode.FILE_ENCODING);
        assertThat(r.line()).isNull();
        assertThat(r.messageVi()).contains("UTF-16").contains("CSV UTF-8 (Comma delimited)");
        assertThat(r.messageEn()).contains("UTF-16");
    }

    @Test
    void utf16WithoutByteOrderMarkIsNamedFromItsNulBytes() {
        Rejection r = rejection((HEADER + "\n01,2025-Q4,A,1,\n").getBytes(StandardCharsets.UTF_16BE));
        assertThat(r.messageEn()).contains("UTF-16");
    }

    @Test
    void aNulByteIsRejectedWithItsLine() {
        Rejection r = rejection(bytes(HEADER + "\n01,2025-Q4,A,1,\n01,2025-Q4,B,2,x\u0000y\n"));
        assertThat(r.code()).isEqualTo(ErrorCode.FILE_ENCODING);
        assertThat(r.line()).isEqualTo(3L);
        assertThat(r.messageVi()).contains("byte NUL (0x00) ở dòng 3");
    }

    @Test
    void legacyVietnameseCodePagesAreRejectedWithTheLineOfTheFirstBadByte() {
        String text = HEADER + "\r\n01,2025-Q4,A,1,\r\n01,2025-Q4,B,2,Hà Nội có kế hoạch\r\n";
        Rejection r = rejection(text.getBytes(Charset.forName("windows-1258")));
        assertThat(r.code()).isEqualTo(ErrorCode.FILE_ENCODING);
        assertThat(r.line()).isEqualTo(3L);
        assertThat(r.messageVi()).contains("ở dòng 3 không hợp lệ trong UTF-8")
            .contains("Windows-1258, TCVN3")
            .doesNotContain("byte sequence");
        assertThat(sink.rows).hasSizeLessThan(2);
    }

    @Test
    void aReplacementCharacterFromAnEarlierBadConversionIsRejected() {
        Rejection r = rejection(bytes(HEADER + "\n01,2025-Q4,A,1,H\uFFFD N\uFFFDi\n"));
        assertThat(r.code()).isEqualTo(ErrorCode.FILE_ENCODING);
        assertThat(r.line()).isEqualTo(2L);
        assertThat(r.messageVi()).contains("U+FFFD ở dòng 2");
    }

    @Test
    void lineCountingOfTheDiagnosisMatchesTheCsvReader() {
        byte[] bytes = "a\r\nb\rc\nd".getBytes(StandardCharsets.US_ASCII);
        assertThat(EncodingDiagnosis.lineOf(bytes, bytes.length - 1)).isEqualTo(4);
    }

    private SubmissionParser.Parsed parse(byte[] content) throws IOException {
        return parser.parse(DropFolder.look(write(content)), NAME, sink);
    }

    private Rejection rejection(byte[] content) {
        try {
            Path file = write(content);
            assertThatThrownBy(() -> parser.parse(DropFolder.look(file), NAME, sink))
                .isInstanceOf(FileRejectedException.class);
            try {
                parser.parse(DropFolder.look(file), NAME, sink);
            }
            catch (FileRejectedException e) {
                return e.toRejection(Messages.catalogue(), NAME);
            }
            throw new AssertionError("not rejected");
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path write(byte[] content) throws IOException {
        Path file = dir.resolve(NAME.fileName());
        Files.write(file, content);
        return file;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String commonsCsvError(String text) {
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
            for (CSVRecord ignored : parser) {
                // read to the error
            }
        }
        catch (IOException | UncheckedIOException e) {
            return String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
        }
        throw new AssertionError("no error for " + text);
    }

    /** The intake's limits with the default folder. */
    static IntakeProperties limits(Duration settleTime, long maxBytes, int maxRecords) {
        return new IntakeProperties(Path.of("input"), settleTime, maxBytes, maxRecords);
    }

    static final class ListSink implements RowSink {

        final List<RawRow> rows = new ArrayList<>();

        final List<String> discarded = new ArrayList<>();

        @Override
        public void accept(RawRow row) {
            rows.add(row);
        }

        @Override
        public void discardFile(String fileName) {
            discarded.add(fileName);
            rows.removeIf(r -> r.fileName().equals(fileName));
        }

    }

}
