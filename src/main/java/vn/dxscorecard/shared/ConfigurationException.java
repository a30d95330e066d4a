package vn.dxscorecard.shared;

/**
 * A launch that cannot start because of what it was given (options, settings, the
 * catalogue or the registry): one line to the operator and exit code 2, never a stack
 * trace.
 */
public class ConfigurationException extends RuntimeException {

    public ConfigurationException(String message) {
        super(message);
    }

}
