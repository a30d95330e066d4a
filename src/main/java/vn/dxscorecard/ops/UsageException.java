package vn.dxscorecard.ops;

import vn.dxscorecard.shared.ConfigurationException;

/** Bad command-line arguments: one line to the operator, exit code 2. */
public class UsageException extends ConfigurationException {

    public UsageException(String message) {
        super(message);
    }

}
