package vn.dxscorecard.results;

import java.math.BigDecimal;

/**
 * The class of a change since last quarter on the national summary's second map: falls
 * and rises of at least 5 points, of 1 to 5, and within 1 point either way.
 */
public enum ChangeBand {

    FALL_LARGE, FALL, STEADY, RISE, RISE_LARGE;

    private static final BigDecimal LARGE = BigDecimal.valueOf(5);

    /**
     * @param change a rounded overall change; null has no band
     */
    public static ChangeBand of(BigDecimal change) {
        if (change == null) {
            return null;
        }
        BigDecimal size = change.abs();
        if (size.compareTo(BigDecimal.ONE) < 0) {
            return STEADY;
        }
        boolean large = size.compareTo(LARGE) >= 0;
        return change.signum() > 0 ? (large ? RISE_LARGE : RISE) : (large ? FALL_LARGE : FALL);
    }

    public String key() {
        return "change-band." + name();
    }

}
