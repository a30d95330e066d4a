package vn.dxscorecard.reference;

import java.util.Locale;

/**
 * How an indicator's value is expressed; decides parsing and the allowed range (SPEC §3).
 */
public enum ValueUnit {

    PERCENT, COUNT, RANK, BOOLEAN;

    public static ValueUnit fromId(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }

}
