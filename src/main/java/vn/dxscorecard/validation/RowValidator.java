package vn.dxscorecard.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import vn.dxscorecard.feedback.ErrorCode;
import vn.dxscorecard.feedback.Rejection;
import vn.dxscorecard.intake.RawRow;
import vn.dxscorecard.intake.SubmissionColumns;
import vn.dxscorecard.reference.Catalogue;
import vn.dxscorecard.reference.Indicator;
import vn.dxscorecard.reference.Kind;
import vn.dxscorecard.reference.Registry;
import vn.dxscorecard.reference.RegistryUnit;
import vn.dxscorecard.shared.Message;
import vn.dxscorecard.shared.Messages;
import vn.dxscorecard.shared.Period;

/**
 * The row rules of SPEC §3. A row is rejected when any of its cells breaks a rule; every
 * broken rule is reported, so the sender can fix the row in one go. A rejected row never
 * reaches the scores.
 */
final class RowValidator {

    private static final Pattern DIGITS = Pattern.compile("\\d{1,16}");

    private final Catalogue catalogue;

    private final Registry registry;

    private final Period period;

    private final Messages messages;

    RowValidator(Catalogue catalogue, Registry registry, Period period, Messages messages) {
        this.catalogue = catalogue;
        this.registry = registry;
        this.period = period;
        this.messages = messages;
    }

    /**
     * @param duplicate whether the row's indicator occurs more than once in its file
     * (known only after the whole file was read)
     */
    ValidatedRow validate(RawRow row, boolean duplicate) {
        List<Rejection> rejections = new ArrayList<>();
        if (row.ragged()) {
            rejections.add(reject(row, null, null, ErrorCode.ROW_FIELD_COUNT, row.fieldCount(), row.headerSize()));
            return new ValidatedRow(row, null, rejections);
        }
        if (!sameUnit(row.unitCode(), row.fileUnitCode())) {
            rejections.add(reject(row, SubmissionColumns.UNIT_CODE, row.unitCode(), ErrorCode.UNIT_MISMATCH,
                    row.unitCode(), row.fileUnitCode()));
        }
        if (!row.period().equalsIgnoreCase(period.toString())) {
            rejections.add(reject(row, SubmissionColumns.PERIOD, row.period(), ErrorCode.PERIOD_MISMATCH, row.period(),
                    period));
        }
        String code = row.indicatorCode().toUpperCase(Locale.ROOT);
        Optional<Indicator> indicator = catalogue.indicator(code);
        Kind kind = unitKind(row.fileUnitCode());
        if (indicator.isEmpty()) {
            rejections.add(reject(row, SubmissionColumns.INDICATOR, row.indicatorCode(), ErrorCode.UNKNOWN_INDICATOR,
                    row.indicatorCode()));
        }
        else if (!indicator.get().appliesTo(kind)) {
            rejections.add(reject(row, SubmissionColumns.INDICATOR, row.indicatorCode(),
                    ErrorCode.INDICATOR_NOT_APPLICABLE, code, kindDetail(kind)));
        }
        else if (duplicate) {
            rejections.add(
                    reject(row, SubmissionColumns.INDICATOR, row.indicatorCode(), ErrorCode.DUPLICATE_INDICATOR, code));
        }
        BigDecimal value = null;
        if (indicator.isPresent() && !row.value().isEmpty()) {
            ValueParser.Result parsed = ValueParser.parse(row.value(), indicator.get().unit(), row.delimiter());
            if (parsed.error() != null) {
                rejections.add(reject(row, SubmissionColumns.VALUE, row.value(), parsed.error(), row.value(),
                        parsed.detail() == null ? "" : parsed.detail()));
            }
            value = parsed.value();
        }
        if (!rejections.isEmpty()) {
            return new ValidatedRow(row, null, rejections);
        }
        return new ValidatedRow(row, new AcceptedValue(row.fileUnitCode(), code,
                value == null ? null : value.stripTrailingZeros(), row.fileName(), row.line()), List.of());
    }

    /**
     * Codes are case-insensitive; and Excel turns a province code such as {@code 01} into
     * the number {@code 1} when the sheet is opened and saved, so digits-only codes are
     * compared as numbers. The file's unit is already known from its name: this column
     * only guards against rows pasted from another unit's sheet.
     */
    static boolean sameUnit(String cell, String fileUnitCode) {
        if (cell.equalsIgnoreCase(fileUnitCode)) {
            return true;
        }
        return DIGITS.matcher(cell).matches() && DIGITS.matcher(fileUnitCode).matches()
                && stripZeros(cell).equals(stripZeros(fileUnitCode));
    }

    private static String stripZeros(String digits) {
        String stripped = digits.replaceFirst("^0+", "");
        return stripped.isEmpty() ? "0" : stripped;
    }

    private static Message kindDetail(Kind kind) {
        return new Message("validation.kind." + kind.id());
    }

    private Kind unitKind(String unitCode) {
        return registry.find(unitCode, period.lastDay())
            .map(RegistryUnit::kind)
            .orElseThrow(() -> new IllegalStateException("file of unit " + unitCode + " reached validation"));
    }

    private Rejection reject(RawRow row, String column, String value, ErrorCode code, Object... args) {
        return Rejection.of(messages, row.fileName(), row.fileUnitCode(), row.line(), row.record(), column, value, code,
                args);
    }

}
