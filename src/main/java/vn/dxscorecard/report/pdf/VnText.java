package vn.dxscorecard.report.pdf;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import vn.dxscorecard.reference.Kind;
import vn.dxscorecard.reference.Period;
import vn.dxscorecard.reference.ValueUnit;
import vn.dxscorecard.scoring.Decimals;
import vn.dxscorecard.scoring.IndicatorResult;

/**
 * How the PDFs write numbers and names for Vietnamese readers: decimal comma and dot grouping ({@code 87,35},
 * {@code 55.800}), as Vietnamese official documents do. The CSV files keep {@code .} for machines.
 */
final class VnText {

    static final String NONE = "—";
    static final String UP = "▲";
    static final String DOWN = "▼";
    static final String ESTIMATED = "ước tính theo đơn vị trước sáp nhập";

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

    /** A change of rank, positive = moved up: {@code ▲ 2}, {@code ▼ 1}, {@code không đổi}. */
    static String rankChange(Integer change) {
        if (change == null) {
            return NONE;
        }
        return change > 0 ? UP + " " + change : change < 0 ? DOWN + " " + (-change) : "không đổi";
    }

    /** The value as the unit reported it; {@code —} when not reported. */
    static String value(IndicatorResult result) {
        return result.value() == null ? NONE : quantity(result.indicator().unit(), result.value());
    }

    static String quantity(ValueUnit unit, BigDecimal value) {
        if (value == null) {
            return NONE;
        }
        return switch (unit) {
            case BOOLEAN -> value.signum() != 0 ? "Có" : "Không";
            case PERCENT -> decimal(value, 0, 2) + "%";
            case COUNT, RANK -> decimal(value, 0, 2);
        };
    }

    /** A milestone: rounded to 2 decimals like in scores.csv, trailing zeros dropped; booleans have none. */
    static String milestone(IndicatorResult result) {
        return result.milestone() == null ? NONE
                : quantity(result.indicator().unit(), Decimals.round(result.milestone()));
    }

    static String decimal(BigDecimal value, int minDecimals, int maxDecimals) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setDecimalSeparator(',');
        symbols.setGroupingSeparator('.');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        format.setMinimumFractionDigits(minDecimals);
        format.setMaximumFractionDigits(maxDecimals);
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format.format(value);
    }

    static String period(Period period) {
        return "Quý " + period.quarter() + "/" + period.year();
    }

    static String date(Instant instant, ZoneId zone) {
        return DATE.format(instant.atZone(zone));
    }

    /** What the units of a ranking group are called, plural. */
    static String group(Kind kind) {
        return switch (kind) {
            case PROVINCE -> "tỉnh, thành phố";
            case MINISTRY -> "bộ, cơ quan";
            case NATIONAL -> "quốc gia";
        };
    }

    static String groupTitle(Kind kind) {
        return switch (kind) {
            case PROVINCE -> "Tỉnh, thành phố trực thuộc trung ương";
            case MINISTRY -> "Bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ";
            case NATIONAL -> "Quốc gia";
        };
    }

    /** ASCII for a file name: {@code Thành phố Hà Nội} → {@code thanh-pho-ha-noi}. */
    static String slug(String name) {
        String decomposed = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        String ascii = decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
