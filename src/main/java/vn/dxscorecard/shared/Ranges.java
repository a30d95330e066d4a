package vn.dxscorecard.shared;

import java.time.Duration;

import org.springframework.util.unit.DataSize;

/**
 * The ranges of the settings that Bean Validation has no annotation for (durations and
 * sizes), checked as their records are bound at start: a value outside is exit 2 naming
 * the setting (SPEC §7), never a limit that cannot have been meant.
 */
public final class Ranges {

    private Ranges() {
    }

    public static Duration check(String setting, Duration value, Duration min, Duration max) {
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(setting + "=" + value + " is out of range: from " + min + " to " + max);
        }
        return value;
    }

    public static DataSize check(String setting, DataSize value, DataSize min, DataSize max) {
        if (value.toBytes() < min.toBytes() || value.toBytes() > max.toBytes()) {
            throw new IllegalArgumentException(setting + "=" + value + " is out of range: from " + min + " to " + max);
        }
        return value;
    }

}
