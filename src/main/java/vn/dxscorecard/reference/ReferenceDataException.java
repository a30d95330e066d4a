package vn.dxscorecard.reference;

/** The catalogue or the registry cannot be used; the job stops with exit code 2 (SPEC §4, §7). */
public class ReferenceDataException extends RuntimeException {

    public ReferenceDataException(String message) {
        super(message);
    }

    public static ReferenceDataException at(String file, long line, String reason) {
        return new ReferenceDataException(file + ":" + line + ": " + reason);
    }
}
