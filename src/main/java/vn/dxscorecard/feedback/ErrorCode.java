package vn.dxscorecard.feedback;

import java.util.Arrays;

import vn.dxscorecard.shared.Message;

/**
 * The stable list of reasons a file or a row is rejected
 * ({@code docs/validation-errors.md}, generated from this enum and the message
 * catalogue). Codes are part of the contract with senders, who may filter their reports
 * by them: never rename or remove one, only add. The messages are the catalogue's
 * {@code error.<CODE>} texts.
 */
public enum ErrorCode {

    // Whole-file rejections.
    FILE_UNKNOWN_UNIT(true,
            "the unit code in the file name is not in the registry (reference/provinces.csv, ministries.csv, QG)"),
    FILE_UNIT_NOT_VALID(true,
            "the unit in the file name exists but is not valid on the period's last day: an old province code"
                    + " after the merger of 2025-07-01 or a ministry merged on 2025-03-01 (the message names the code"
                    + " to use), or a unit that did not exist yet (the message names the code valid then)"),
    FILE_REVISION_CONFLICT(true,
            "two files of the unit carry the same revision with different content (e.g. 01_2025-Q4.csv and"
                    + " 01_2025-q4.csv); neither is guessed, lower revisions are tried"),
    FILE_ENCODING(true,
            "the file is not UTF-8: Windows-1258, TCVN3 (ABC), VNI or another legacy code page, UTF-16"
                    + " (\"Unicode Text\"), a NUL byte, or a U+FFFD replacement character left by an earlier bad"
                    + " conversion; the line of the first bad byte is given"),
    FILE_NOT_REGULAR(true,
            "an entry named like a submission is a symbolic link, a folder, a FIFO or a device: it is never"
                    + " followed or read"),
    FILE_UNREADABLE(true,
            "the file cannot be opened or read (permissions, an I/O error, an open that does not return);"
                    + " the reason is given"),
    FILE_EMPTY(true, "0 bytes, or only a BOM, blank lines and empty cells"),
    FILE_HEADER_ONLY(true, "a header line but no data record (blank records do not count)"),
    FILE_TOO_LARGE(true, "the file is larger than dx.intake.max-bytes (default 5 MiB)"),
    FILE_TOO_MANY_ROWS(true,
            "more data records than dx.intake.max-records (default 10,000; header and blank records not"
                    + " counted); the line is that of the first record over the limit"),
    FILE_MISSING_COLUMN(true, "a required column (unit_code, period, indicator_code, value) is not in the header line"),
    FILE_DUPLICATE_COLUMN(true, "a column name occurs twice in the header (trimmed, case-insensitive, known or not)"),
    FILE_UNTERMINATED_QUOTE(true,
            "a quoted field is never closed: the rest of the file cannot be read reliably; the line is where"
                    + " the quote opened"),
    FILE_MALFORMED_CSV(true, "other CSV structure errors, e.g. text right after a closing quote (\"abc\"x)"),
    // Row rejections.
    ROW_FIELD_COUNT(false, "a record has more or fewer fields than the header line has columns"),
    UNIT_MISMATCH(false,
            "unit_code is not the unit of the file name (a province code that Excel turned into a number, 1"
                    + " for 01, is accepted)"),
    PERIOD_MISMATCH(false, "period is not the period of the file name"),
    UNKNOWN_INDICATOR(false, "indicator_code is not in the catalogue"),
    INDICATOR_NOT_APPLICABLE(false,
            "the indicator exists but does not apply to the unit's kind (province, ministry, national)"),
    DUPLICATE_INDICATOR(false, "the same indicator occurs more than once in the file: every occurrence is rejected"),
    VALUE_UNPARSABLE(false, "the value is not a number (letters, exponent, several signs, a % on a non-percentage…)"),
    VALUE_AMBIGUOUS(false,
            "in a ; file, a value shaped like 1.234 or 12.500: the dot may be a thousands separator, never"
                    + " guessed"),
    VALUE_THOUSANDS_SEPARATOR(false, "the value has thousands separators (1.234,5, 1,234.5, 1.234.567, 54 100…)"),
    VALUE_DECIMAL_COMMA(false,
            "in a , file, a (quoted) value with a decimal comma: there the decimal separator is . only"),
    VALUE_TOO_LONG(false, "the number has more than 30 digits, far more than any report needs"),
    VALUE_NOT_BOOLEAN(false, "a yes/no indicator with another value"),
    VALUE_NOT_WHOLE(false, "a count or a rank with decimals"),
    VALUE_OUT_OF_RANGE(false, "a percentage outside 0–100, a negative count, a rank below 1");

    /**
     * Text taken from a file (a value, a column name) is cut to this in messages: a
     * message must stay readable and fit its column. Texts of our own ({@link Message}
     * arguments) are never cut.
     */
    static final int MAX_ARGUMENT_LENGTH = 100;

    private final boolean wholeFile;

    private final String when;

    ErrorCode(boolean wholeFile, String when) {
        this.wholeFile = wholeFile;
        this.when = when;
    }

    public boolean wholeFile() {
        return wholeFile;
    }

    /** When the code is used, for the documentation. */
    public String when() {
        return when;
    }

    /** The catalogue key of this code's message. */
    public String key() {
        return "error." + name();
    }

    /**
     * The message with its arguments; text from the file is cut to
     * {@value #MAX_ARGUMENT_LENGTH} characters.
     */
    public Message message(Object... args) {
        return new Message(key(),
                Arrays.stream(args)
                    .map(a -> a instanceof String s && s.length() > MAX_ARGUMENT_LENGTH
                            ? s.substring(0, MAX_ARGUMENT_LENGTH) + "…" : a)
                    .toArray());
    }

}
