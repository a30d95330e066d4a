package vn.dxscorecard.reference;

import vn.dxscorecard.shared.ConfigurationException;

/**
 * The catalogue or the registry cannot be used; the job stops with exit code 2 (SPEC §4,
 * §7).
 */
public class ReferenceDataException extends ConfigurationException {

    public ReferenceDataException(String message) {
        super(message);
    }

    public static ReferenceDataException at(String file, long line, String reason) {
        return new ReferenceDataException(file + ":" + line + ": " + reason);
    }

}
