package vn.dxscorecard.ops;

/** Bad command-line arguments or configuration: one line to the operator, exit code 2. */
public class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
