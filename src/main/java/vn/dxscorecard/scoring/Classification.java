package vn.dxscorecard.scoring;

import java.math.BigDecimal;

/**
 * The class of a rounded overall score (SPEC §5); its label ("Tốt", "Khá"…) is the
 * catalogue's.
 */
public enum Classification {

    GOOD(80), FAIR(65), AVERAGE(50), WEAK(null);

    /**
     * The lowest rounded score of the class; null for the last one, which takes every
     * score below the others.
     */
    private final Integer threshold;

    Classification(Integer threshold) {
        this.threshold = threshold;
    }

    public Integer threshold() {
        return threshold;
    }

    public String key() {
        return "classification." + name();
    }

    public static Classification of(BigDecimal roundedOverall) {
        for (Classification c : values()) {
            if (c.threshold == null || roundedOverall.compareTo(BigDecimal.valueOf(c.threshold)) >= 0) {
                return c;
            }
        }
        throw new IllegalStateException("unreachable: the last class has no threshold");
    }

}
