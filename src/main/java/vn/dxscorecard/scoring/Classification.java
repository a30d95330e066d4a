package vn.dxscorecard.scoring;

import java.math.BigDecimal;

/** The class of a rounded overall score (SPEC §5). */
public enum Classification {
    GOOD("Tốt", 80), FAIR("Khá", 65), AVERAGE("Trung bình", 50), WEAK("Yếu", Integer.MIN_VALUE);

    private final String labelVi;
    private final int threshold;

    Classification(String labelVi, int threshold) {
        this.labelVi = labelVi;
        this.threshold = threshold;
    }

    public String labelVi() {
        return labelVi;
    }

    public static Classification of(BigDecimal roundedOverall) {
        for (Classification c : values()) {
            if (c.threshold == Integer.MIN_VALUE || roundedOverall.compareTo(BigDecimal.valueOf(c.threshold)) >= 0) {
                return c;
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
