package vn.dxscorecard.feedback;

import vn.dxscorecard.shared.Messages;
import vn.dxscorecard.shared.Text;

/**
 * One reason a file or a row was rejected, ready to be sent back to its sender (SPEC §3).
 * {@code line} is the physical line of the file and {@code record} the CSV record number
 * (header = 1); both are null for a whole-file rejection that has no position.
 */
public record Rejection(String fileName, String unitCode, Long line, Long record, String column, String value,
        ErrorCode code, String messageVi, String messageEn) {

    public static final int MAX_VALUE_LENGTH = 100;

    /**
     * Column names come from the file too (a duplicated unknown column): cut to the width
     * of their column.
     */
    static final int MAX_COLUMN_LENGTH = 64;

    public Rejection {
        value = cut(value, MAX_VALUE_LENGTH);
        column = cut(column, MAX_COLUMN_LENGTH);
    }

    private static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        // Never leave half of a surrogate pair: it would be written as '?'.
        return text.substring(0, Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max);
    }

    public static Rejection of(Messages messages, String fileName, String unitCode, Long line, Long record,
            String column, String value, ErrorCode code, Object... args) {
        Text text = messages.text(code.message(args));
        return new Rejection(fileName, unitCode, line, record, column, value, code, text.vi(), text.en());
    }
}
