package vn.dxscorecard.intake;

import vn.dxscorecard.feedback.ErrorCode;
import vn.dxscorecard.feedback.Rejection;
import vn.dxscorecard.shared.Messages;

/**
 * Raised while reading a file that has to be rejected whole; carries where and why.
 * {@code line} and {@code record} are set when the cause sits at a known place in the
 * file (a header, an unclosed quote, a bad byte).
 */
class FileRejectedException extends RuntimeException {

    private final ErrorCode code;

    private final Long line;

    private final Long record;

    private final String column;

    private final String value;

    private final transient Object[] args;

    FileRejectedException(ErrorCode code, Long line, Long record, String column, String value, Object... args) {
        super(code.name(), null, false, false);
        this.code = code;
        this.line = line;
        this.record = record;
        this.column = column;
        this.value = value;
        this.args = args;
    }

    /** A rejection without a position in the file. */
    static FileRejectedException of(ErrorCode code, Object... args) {
        return new FileRejectedException(code, null, null, null, null, args);
    }

    Rejection toRejection(Messages messages, SubmissionName name) {
        return Rejection.of(messages, name.fileName(), name.unitCode(), line, record, column, value, code, args);
    }

}
