package vn.dxscorecard.intake;

import vn.dxscorecard.validation.ErrorCode;

/** Raised while reading a file that has to be rejected whole; carries where and why. */
class FileRejectedException extends RuntimeException {

    private final ErrorCode code;
    private final Long line;
    private final String column;
    private final String value;
    private final transient Object[] args;

    FileRejectedException(ErrorCode code, Long line, String column, String value, Object... args) {
        super(code.messageEn(args), null, false, false);
        this.code = code;
        this.line = line;
        this.column = column;
        this.value = value;
        this.args = args;
    }

    ErrorCode code() {
        return code;
    }

    Long line() {
        return line;
    }

    String column() {
        return column;
    }

    String value() {
        return value;
    }

    Object[] args() {
        return args;
    }
}
