package vn.dxscorecard.report.pdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import vn.dxscorecard.scoring.Decimals;

/**
 * How the PDFs write numbers and dates for Vietnamese readers: decimal comma and dot
 * grouping ({@code 87,35}, {@code 55.800}), as Vietnamese official documents do. The CSV
 * files keep {@code .} for machines.
 */
final class VnText {

    static final String NONE = "—";
    static final String UP = "▲";
    static final String DOWN = "▼";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private VnText() {
    }

    /** A score: half-up to 2 decimals, exactly as ranked (SPEC §5). */
    static String score(BigDecimal score) {
        return score == null ? NONE : decimal(Decimals.round(score), 2, 2);
    }

    /** A change of score with its arrow: {@code ▲ 1,25}, {@code ▼ 0,80}, {@code 0,00}. */
    static String change(BigDecimal change) {
        if (change == null) {
            return NONE;
        }
        BigDecimal rounded = Decimals.round(change);
        String text = decimal(rounded.abs(), 2, 2);
        return switch (rounded.signum()) {
            case 1 -> UP + " " + text;
            case -1 -> DOWN + " " + text;
            default -> text;
        };
    }

    static String decimal(BigDecimal value, int minDecimals, int maxDecimals) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setDecimalSeparator(',');
        symbols.setGroupingSeparator('.');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        format.setMinimumFractionDigits(minDecimals);
        format.setMaximumFractionDigits(maxDecimals);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    static String date(Instant instant, ZoneId zone) {
        return DATE.format(instant.atZone(zone));
    }

    /** ASCII for a file name: {@code Thành phố Hà Nội} → {@code thanh-pho-ha-noi}. */
    static String slug(String name) {
        String decomposed = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        String ascii = decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

}
