package vn.dxscorecard.validation;

/**
 * One reason a file or a row was rejected, ready to be sent back to its sender (SPEC §3). {@code line} is the physical
 * line of the file and {@code record} the CSV record number (header = 1); both are null for a whole-file rejection
 * that has no position.
 */
public record Rejection(String fileName, String unitCode, Long line, Long record, String column, String value,
        ErrorCode code, String messageVi, String messageEn) {

    public static final int MAX_VALUE_LENGTH = 100;

    public Rejection {
        if (value != null && value.length() > MAX_VALUE_LENGTH) {
            value = value.substring(0, MAX_VALUE_LENGTH);
        }
    }

    public static Rejection of(String fileName, String unitCode, Long line, Long record, String column, String value,
            ErrorCode code, Object... args) {
        return new Rejection(fileName, unitCode, line, record, column, value, code, code.messageVi(args),
                code.messageEn(args));
    }
}
