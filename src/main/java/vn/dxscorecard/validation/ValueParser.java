package vn.dxscorecard.validation;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import vn.dxscorecard.feedback.ErrorCode;
import vn.dxscorecard.reference.ValueUnit;

/**
 * Turns a value cell into a number by the rules of SPEC §3: one decimal separator, no
 * exponent, no thousands separators; in a {@code ,} file a dot only; in a {@code ;} file
 * a comma or a dot, except values shaped like {@code 1.234}, which are ambiguous and
 * never guessed.
 */
final class ValueParser {

    /**
     * Either a value or the reason there is none; {@code detail} is the second message
     * argument, if any.
     */
    record Result(BigDecimal value, ErrorCode error, String detail) {
        static Result ok(BigDecimal value) {
            return new Result(value, null, null);
        }

        static Result error(ErrorCode error) {
            return new Result(null, error, null);
        }

        static Result error(ErrorCode error, String detail) {
            return new Result(null, error, detail);
        }
    }

    /**
     * More digits than this are refused: no indicator needs them, and the normalised
     * value must fit the staging columns (100 characters).
     */
    static final int MAX_DIGITS = 30;

    private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    /**
     * {@code 1.234}, {@code 12.500}: one group of three after a dot, the thousands
     * reading is as likely.
     */
    private static final Pattern ONE_DOT_GROUP = Pattern.compile("[+-]?[1-9]\\d{0,2}\\.\\d{3}");

    /** {@code 1.234.567}: two dots can only be thousands separators. */
    private static final Pattern DOT_GROUPS = Pattern.compile("[+-]?[1-9]\\d{0,2}(\\.\\d{3}){2,}");

    /**
     * {@code 1,234} in a {@code ,} file, {@code 1,234,567} anywhere, optionally with
     * {@code .5}.
     */
    private static final Pattern COMMA_GROUPS = Pattern.compile("[+-]?[1-9]\\d{0,2}(,\\d{3})+(\\.\\d+)?");

    private static final Pattern TWO_COMMA_GROUPS = Pattern.compile("[+-]?[1-9]\\d{0,2}(,\\d{3}){2,}");

    /** {@code 54 100}, also with the no-break spaces that Excel and web pages use. */
    private static final Pattern SPACE_GROUPS = Pattern
        .compile("[+-]?[1-9]\\d{0,2}([ \\u00A0\\u202F]\\d{3})+([.,]\\d+)?");

    private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d+,\\d+");

    /**
     * Only a number-looking text is worth a message about its separators; anything else
     * is just not a number.
     */
    private static final Pattern NUMERIC_CHARACTERS = Pattern.compile("[+-]?[\\d.,\\s\\u00A0\\u202F]+");

    private static final Map<String, BigDecimal> BOOLEANS = Map.of("yes", BigDecimal.ONE, "có", BigDecimal.ONE, "true",
            BigDecimal.ONE, "1", BigDecimal.ONE, "no", BigDecimal.ZERO, "không", BigDecimal.ZERO, "false",
            BigDecimal.ZERO, "0", BigDecimal.ZERO);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ValueParser() {
    }

    static Result parse(String text, ValueUnit unit, char delimiter) {
        if (unit == ValueUnit.BOOLEAN) {
            // NFC: a Mac or a web form may send "có" decomposed (o + combining acute).
            BigDecimal value = BOOLEANS.get(Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT));
            return value == null ? Result.error(ErrorCode.VALUE_NOT_BOOLEAN) : Result.ok(value);
        }
        String number = text;
        if (unit == ValueUnit.PERCENT && number.endsWith("%")) {
            number = number.substring(0, number.length() - 1).strip();
        }
        Result parsed = number(number, delimiter);
        return parsed.error() != null ? parsed : checkRange(parsed.value(), unit);
    }

    private static Result number(String text, char delimiter) {
        if (!NUMERIC_CHARACTERS.matcher(text).matches()) {
            return Result.error(ErrorCode.VALUE_UNPARSABLE);
        }
        boolean dot = text.indexOf('.') >= 0;
        boolean comma = text.indexOf(',') >= 0;
        if ((dot && comma) || SPACE_GROUPS.matcher(text).matches() || DOT_GROUPS.matcher(text).matches()
                || TWO_COMMA_GROUPS.matcher(text).matches()) {
            return Result.error(ErrorCode.VALUE_THOUSANDS_SEPARATOR);
        }
        String plain = text;
        if (delimiter == ';') {
            if (ONE_DOT_GROUP.matcher(text).matches()) {
                return Result.error(ErrorCode.VALUE_AMBIGUOUS);
            }
            plain = text.replace(',', '.');
        }
        else if (comma) {
            if (COMMA_GROUPS.matcher(text).matches()) {
                return Result.error(ErrorCode.VALUE_THOUSANDS_SEPARATOR);
            }
            return Result.error(
                    DECIMAL_COMMA.matcher(text).matches() ? ErrorCode.VALUE_DECIMAL_COMMA : ErrorCode.VALUE_UNPARSABLE);
        }
        if (!PLAIN.matcher(plain).matches()) {
            return Result.error(ErrorCode.VALUE_UNPARSABLE);
        }
        if (plain.chars().filter(Character::isDigit).count() > MAX_DIGITS) {
            return Result.error(ErrorCode.VALUE_TOO_LONG, String.valueOf(MAX_DIGITS));
        }
        return Result.ok(new BigDecimal(plain));
    }

    private static Result checkRange(BigDecimal value, ValueUnit unit) {
        return switch (unit) {
            case PERCENT -> value.signum() < 0 || value.compareTo(HUNDRED) > 0
                    ? Result.error(ErrorCode.VALUE_OUT_OF_RANGE, "0–100") : Result.ok(value);
            case COUNT -> whole(value, BigDecimal.ZERO, "≥ 0");
            case RANK -> whole(value, BigDecimal.ONE, "≥ 1");
            case BOOLEAN -> Result.ok(value);
        };
    }

    private static Result whole(BigDecimal value, BigDecimal min, String range) {
        if (value.stripTrailingZeros().scale() > 0) {
            return Result.error(ErrorCode.VALUE_NOT_WHOLE);
        }
        return value.compareTo(min) < 0 ? Result.error(ErrorCode.VALUE_OUT_OF_RANGE, range) : Result.ok(value);
    }

}
