package vn.dxscorecard.reference;

import java.util.Locale;

/** Whether a higher or a lower value is better. */
public enum Direction {

    HIGHER, LOWER;

    public static Direction fromId(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }

}
