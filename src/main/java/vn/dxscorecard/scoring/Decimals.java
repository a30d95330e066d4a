package vn.dxscorecard.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * The arithmetic of SPEC §5: exact decimals ({@link MathContext#DECIMAL128}) throughout,
 * half-up to 2 decimals only at the end. Never {@code double}, whose binary error flips
 * half-up ties.
 */
public final class Decimals {

    public static final MathContext MC = MathContext.DECIMAL128;

    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Decimals() {
    }

    public static BigDecimal round(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }

    /** The plain mean, exact; null for no values. */
    public static BigDecimal mean(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, (a, b) -> a.add(b, MC));
        return sum.divide(BigDecimal.valueOf(values.size()), MC);
    }

    /** Plain text with 2 decimals, as the CSV outputs print scores; empty for null. */
    public static String format(BigDecimal value) {
        return value == null ? "" : round(value).toPlainString();
    }

}
