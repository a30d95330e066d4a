package vn.dxscorecard.intake;

import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import vn.dxscorecard.feedback.ErrorCode;
import vn.dxscorecard.shared.Message;
import vn.dxscorecard.shared.Sha256;
import vn.dxscorecard.shared.Text;

/**
 * Reads one submission file as a stream (SPEC §3): strict UTF-8 with an optional BOM,
 * delimiter from the header line, RFC 4180 records, physical line numbers. Structural
 * problems reject the file by throwing {@link FileRejectedException}; row-level problems
 * are left to the validator.
 */
final class SubmissionParser {

    /**
     * How far ahead the header line is looked for; a header further away than this is not
     * a CSV we accept.
     */
    private static final int HEADER_LOOKAHEAD = 64 * 1024;

    /**
     * Commons CSV reports an unclosed quote as "(startline N) EOF reached before
     * encapsulated token finished" and text after a closing quote as "Invalid character
     * between encapsulated token and delimiter at line: N, ...". Its message is the only
     * place that says which; SubmissionParserTest pins both texts for the version we use.
     */
    static final String UNTERMINATED_QUOTE_MESSAGE = "EOF reached before encapsulated token finished";
    static final String TEXT_AFTER_QUOTE_MESSAGE = "Invalid character between encapsulated token and delimiter";

    private static final Pattern START_LINE = Pattern.compile("startline ([\\d,.\\s\\u00A0\\u202F]+)\\)");

    private static final Pattern AT_LINE = Pattern.compile("at line: ([\\d,.\\s\\u00A0\\u202F]+),");

    /** What a structurally sound file gave. */
    record Parsed(char delimiter, long rowsRead, List<String> unknownColumns, String sha256) {

        Parsed withSha256(String sha256) {
            return new Parsed(delimiter, rowsRead, unknownColumns, sha256);
        }

    }

    private final IntakeProperties limits;

    SubmissionParser(IntakeProperties limits) {
        this.limits = limits;
    }

    /**
     * Reads one file as it streams past, never beyond the size limit; the file's SHA-256
     * is taken from the very bytes that were parsed.
     */
    Parsed parse(DropEntry file, SubmissionName name, RowSink sink) {
        if (file.size() > limits.maxBytes()) {
            throw FileRejectedException.of(ErrorCode.FILE_TOO_LARGE, number(limits.maxBytes()));
        }
        if (file.size() == 0) {
            throw FileRejectedException.of(ErrorCode.FILE_EMPTY);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        MessageDigest digest = Sha256.newDigest();
        try (BufferedReader reader = new BufferedReader(
                new GuardedReader(new InputStreamReader(
                        new DigestInputStream(DropFolder.open(file, limits.maxBytes()), digest), decoder)),
                64 * 1024)) {
            skipBom(reader);
            char delimiter = detectDelimiter(reader);
            CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
            Parsed parsed = read(CSVParser.parse(reader, format), delimiter, name, sink);
            return parsed.withSha256(Sha256.hex(digest));
        }
        catch (NotUtf8 | CharacterCodingException e) {
            throw encodingRejection(file);
        }
        catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw encodingRejection(file);
            }
            throw unreadable(e.getCause());
        }
        catch (IOException e) {
            throw unreadable(e);
        }
    }

    private FileRejectedException unreadable(IOException e) {
        if (e instanceof DropFolder.TooLarge) {
            return FileRejectedException.of(ErrorCode.FILE_TOO_LARGE, number(limits.maxBytes()));
        }
        return FileRejectedException.of(ErrorCode.FILE_UNREADABLE, String.valueOf(e.getMessage()));
    }

    private Parsed read(CSVParser parser, char delimiter, SubmissionName name, RowSink sink) {
        Map<String, Integer> columns = null;
        List<String> unknown = new ArrayList<>();
        int headerSize = 0;
        long rows = 0;
        long line = 1;
        try {
            for (CSVRecord record : parser) {
                long recordLine = line;
                // After a record its line break is consumed: the count of breaks read is
                // the next record's line - 1.
                line = parser.getCurrentLineNumber() + 1;
                if (blank(record)) {
                    continue;
                }
                if (columns == null) {
                    headerSize = record.size();
                    columns = header(record, recordLine, unknown);
                    continue;
                }
                if (++rows > limits.maxRecords()) {
                    throw new FileRejectedException(ErrorCode.FILE_TOO_MANY_ROWS, recordLine, record.getRecordNumber(),
                            null, null, number(limits.maxRecords()));
                }
                sink.accept(new RawRow(name.fileName(), name.unitCode(), delimiter, recordLine,
                        record.getRecordNumber(), cell(record, columns, SubmissionColumns.UNIT_CODE),
                        cell(record, columns, SubmissionColumns.PERIOD),
                        cell(record, columns, SubmissionColumns.INDICATOR),
                        cell(record, columns, SubmissionColumns.VALUE), record.size(), headerSize));
            }
        }
        catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException || e.getCause() instanceof DropFolder.ReadFailure) {
                throw e;
            }
            throw structural(e.getCause(), line, parser.getRecordNumber() + 1);
        }
        if (columns == null) {
            throw FileRejectedException.of(ErrorCode.FILE_EMPTY);
        }
        if (rows == 0) {
            throw FileRejectedException.of(ErrorCode.FILE_HEADER_ONLY);
        }
        return new Parsed(delimiter, rows, List.copyOf(unknown), null);
    }

    private static Map<String, Integer> header(CSVRecord record, long line, List<String> unknown) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String original = clean(record.get(i));
            String name = original.toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue; // Excel leaves empty header cells after a used column; they
                          // carry no data.
            }
            if (columns.putIfAbsent(name, i) != null) {
                throw new FileRejectedException(ErrorCode.FILE_DUPLICATE_COLUMN, line, record.getRecordNumber(), name,
                        original, original);
            }
            if (!SubmissionColumns.ALL.contains(name)) {
                unknown.add(original);
            }
        }
        List<String> missing = SubmissionColumns.REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new FileRejectedException(ErrorCode.FILE_MISSING_COLUMN, line, record.getRecordNumber(),
                    String.join(", ", missing), null, String.join(", ", missing));
        }
        return columns;
    }

    private static String cell(CSVRecord record, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null || index >= record.size() ? null : clean(record.get(index));
    }

    /**
     * Cells are trimmed of every kind of space, not only ASCII: Excel and text copied
     * from web pages bring no-break spaces, and nobody can see them in the sheet.
     */
    static String clean(String cell) {
        int start = 0;
        int end = cell.length();
        while (start < end && invisible(cell.charAt(start))) {
            start++;
        }
        while (end > start && invisible(cell.charAt(end - 1))) {
            end--;
        }
        return cell.substring(start, end);
    }

    private static boolean invisible(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    private static boolean blank(CSVRecord record) {
        for (String value : record) {
            if (!clean(value).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static void skipBom(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
    }

    /**
     * The delimiter is whichever of {@code ,} and {@code ;} occurs more often in the
     * header line, the first line with something else than spaces and delimiters (Excel
     * may put {@code ;;;;} lines above it); {@code ,} on a tie.
     */
    private static char detectDelimiter(BufferedReader reader) throws IOException {
        reader.mark(HEADER_LOOKAHEAD + 1);
        int commas = 0;
        int semicolons = 0;
        boolean content = false;
        for (int i = 0, c; i < HEADER_LOOKAHEAD && (c = reader.read()) != -1; i++) {
            if (c == '\n' || c == '\r') {
                if (content) {
                    break;
                }
                commas = 0;
                semicolons = 0;
                continue;
            }
            commas += c == ',' ? 1 : 0;
            semicolons += c == ';' ? 1 : 0;
            content |= c != ',' && c != ';' && !invisible((char) c);
        }
        reader.reset();
        if (!content) {
            throw FileRejectedException.of(ErrorCode.FILE_EMPTY);
        }
        return semicolons > commas ? ';' : ',';
    }

    private static FileRejectedException structural(Throwable cause, long recordLine, long record) {
        String message = cause == null ? "" : String.valueOf(cause.getMessage());
        if (message.contains(UNTERMINATED_QUOTE_MESSAGE)) {
            long line = lineIn(message, START_LINE, recordLine);
            return new FileRejectedException(ErrorCode.FILE_UNTERMINATED_QUOTE, line, record, null, null, line);
        }
        if (message.contains(TEXT_AFTER_QUOTE_MESSAGE)) {
            long line = lineIn(message, AT_LINE, recordLine);
            return new FileRejectedException(ErrorCode.FILE_MALFORMED_CSV, line, record, null, null, line,
                    new Message("csv.text-after-quote"));
        }
        return new FileRejectedException(ErrorCode.FILE_MALFORMED_CSV, recordLine, record, null, null, recordLine,
                new Message("csv.unreadable-record"));
    }

    /**
     * The line number in a Commons CSV message, written with the default locale's
     * grouping ("1,234").
     */
    private static long lineIn(String message, Pattern pattern, long fallback) {
        Matcher m = pattern.matcher(message);
        if (!m.find()) {
            return fallback;
        }
        String digits = m.group(1).replaceAll("\\D", "");
        return digits.isEmpty() ? fallback : Long.parseLong(digits);
    }

    /**
     * Read again, whole (it is under the size limit), to say where and why it is not
     * UTF-8.
     */
    private FileRejectedException encodingRejection(DropEntry file) {
        byte[] bytes;
        try {
            bytes = DropFolder.readAll(file, limits.maxBytes());
        }
        catch (IOException e) {
            return unreadable(e);
        }
        EncodingDiagnosis.Finding finding = EncodingDiagnosis.diagnose(bytes);
        return new FileRejectedException(ErrorCode.FILE_ENCODING, finding.line(), null, null, null, finding.detail());
    }

    /**
     * A limit as each language writes a number: {@code 10.000} in Vietnamese,
     * {@code 10,000} in English.
     */
    private static Text number(long n) {
        return new Text(NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN")).format(n),
                NumberFormat.getIntegerInstance(Locale.ENGLISH).format(n));
    }

    /**
     * Thrown by the guard below; turned into a diagnosed {@link ErrorCode#FILE_ENCODING}
     * rejection.
     */
    private static final class NotUtf8 extends RuntimeException {

        NotUtf8() {
            super(null, null, false, false);
        }

    }

    /**
     * Refuses the traces of a wrong encoding that strict decoding lets through: NUL
     * (UTF-16, binary files) and U+FFFD (a file that an earlier conversion already
     * damaged).
     */
    private static final class GuardedReader extends FilterReader {

        GuardedReader(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            check(c);
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            for (int i = offset; i < offset + n; i++) {
                check(buffer[i]);
            }
            return n;
        }

        private static void check(int c) {
            if (c == 0 || c == '\uFFFD') {
                throw new NotUtf8();
            }
        }

    }

}
