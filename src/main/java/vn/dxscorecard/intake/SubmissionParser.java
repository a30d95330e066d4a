package vn.dxscorecard.intake;

import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import vn.dxscorecard.validation.ErrorCode;

/**
 * Reads one submission file as a stream (SPEC §3): strict UTF-8 with an optional BOM, delimiter from the header line,
 * RFC 4180 records, physical line numbers. Structural problems reject the file by throwing
 * {@link FileRejectedException}; row-level problems are left to the validator.
 */
public final class SubmissionParser {

    public static final String UNIT_CODE_COLUMN = "unit_code";
    public static final String PERIOD_COLUMN = "period";
    public static final String INDICATOR_COLUMN = "indicator_code";
    public static final String VALUE_COLUMN = "value";
    public static final String NOTE_COLUMN = "note";
    public static final List<String> REQUIRED = List.of(UNIT_CODE_COLUMN, PERIOD_COLUMN, INDICATOR_COLUMN,
            VALUE_COLUMN);

    /** How far ahead the header line is looked for; a header further away than this is not a CSV we accept. */
    private static final int HEADER_LOOKAHEAD = 64 * 1024;

    /** What a structurally sound file gave. */
    public record Parsed(char delimiter, long rowsRead, List<String> unknownColumns) {
    }

    private final IntakeProperties limits;

    public SubmissionParser(IntakeProperties limits) {
        this.limits = limits;
    }

    Parsed parse(Path file, SubmissionName name, RowSink sink) throws IOException {
        long size = Files.size(file);
        if (size > limits.maxBytes()) {
            throw new FileRejectedException(ErrorCode.FILE_TOO_LARGE, null, null, null, limits.maxBytes());
        }
        if (size == 0) {
            throw new FileRejectedException(ErrorCode.FILE_EMPTY, null, null, null);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader reader = new BufferedReader(
                new GuardedReader(new InputStreamReader(Files.newInputStream(file), decoder)), 64 * 1024)) {
            skipBom(reader);
            char delimiter = detectDelimiter(reader);
            CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                    .get();
            return read(CSVParser.parse(reader, format), delimiter, name, sink);
        } catch (UncheckedIOException e) {
            throw rejectionFor(e.getCause());
        } catch (CharacterCodingException e) {
            throw rejectionFor(e);
        }
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
                    throw new FileRejectedException(ErrorCode.FILE_TOO_MANY_ROWS, recordLine, null, null,
                            limits.maxRecords());
                }
                sink.accept(new RawRow(name.fileName(), name.unitCode(), delimiter, recordLine,
                        record.getRecordNumber(), cell(record, columns, UNIT_CODE_COLUMN), cell(record, columns, PERIOD_COLUMN),
                        cell(record, columns, INDICATOR_COLUMN), cell(record, columns, VALUE_COLUMN),
                        cell(record, columns, NOTE_COLUMN), record.size(), headerSize));
            }
        } catch (UncheckedIOException e) {
            throw structural(e.getCause(), line);
        }
        if (columns == null) {
            throw new FileRejectedException(ErrorCode.FILE_EMPTY, null, null, null);
        }
        if (rows == 0) {
            throw new FileRejectedException(ErrorCode.FILE_HEADER_ONLY, null, null, null);
        }
        return new Parsed(delimiter, rows, List.copyOf(unknown));
    }

    private static Map<String, Integer> header(CSVRecord record, long line, List<String> unknown) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).trim().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue; // Excel leaves empty header cells after a used column; they carry no data.
            }
            if (columns.putIfAbsent(name, i) != null) {
                throw new FileRejectedException(ErrorCode.FILE_DUPLICATE_COLUMN, line, name, record.get(i).trim(),
                        name);
            }
            if (!REQUIRED.contains(name) && !name.equals(NOTE_COLUMN)) {
                unknown.add(record.get(i).trim());
            }
        }
        List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new FileRejectedException(ErrorCode.FILE_MISSING_COLUMN, line, String.join(", ", missing), null,
                    String.join(", ", missing));
        }
        return columns;
    }

    private static String cell(CSVRecord record, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null || index >= record.size() ? null : record.get(index).trim();
    }

    private static boolean blank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
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

    /** The delimiter is whichever of {@code ,} and {@code ;} occurs more often in the first non-blank line. */
    private static char detectDelimiter(BufferedReader reader) throws IOException {
        reader.mark(HEADER_LOOKAHEAD + 1);
        int commas = 0;
        int semicolons = 0;
        boolean content = false;
        for (int i = 0, c; i < HEADER_LOOKAHEAD && (c = reader.read()) != -1; i++) {
            if (c == '\n' && content) {
                break;
            }
            content |= !Character.isWhitespace(c);
            commas += c == ',' ? 1 : 0;
            semicolons += c == ';' ? 1 : 0;
        }
        reader.reset();
        if (!content) {
            throw new FileRejectedException(ErrorCode.FILE_EMPTY, null, null, null);
        }
        return semicolons > commas ? ';' : ',';
    }

    private static FileRejectedException structural(Throwable cause, long line) {
        if (cause instanceof CharacterCodingException || cause instanceof FileRejectedException) {
            return rejectionFor(cause);
        }
        String message = cause == null ? "" : String.valueOf(cause.getMessage());
        if (message.contains("EOF reached before encapsulated token finished")) {
            return new FileRejectedException(ErrorCode.FILE_UNTERMINATED_QUOTE, line, null, null, line);
        }
        return new FileRejectedException(ErrorCode.FILE_MALFORMED_CSV, line, null, null, message);
    }

    private static FileRejectedException rejectionFor(Throwable cause) {
        if (cause instanceof FileRejectedException rejected) {
            return rejected;
        }
        if (cause instanceof CharacterCodingException) {
            return new FileRejectedException(ErrorCode.FILE_ENCODING, null, null, null, "byte sequence is not UTF-8");
        }
        throw new UncheckedIOException(cause instanceof IOException io ? io : new IOException(cause));
    }

    /**
     * Refuses the traces of a wrong encoding that strict decoding lets through: NUL (UTF-16, binary files) and
     * U+FFFD (a file that an earlier conversion already damaged).
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
            if (c == 0) {
                throw new FileRejectedException(ErrorCode.FILE_ENCODING, null, null, null,
                        "NUL byte: UTF-16 or binary file");
            }
            if (c == '\uFFFD') {
                throw new FileRejectedException(ErrorCode.FILE_ENCODING, null, null, null,
                        "U+FFFD replacement character from an earlier bad conversion");
            }
        }
    }
}
