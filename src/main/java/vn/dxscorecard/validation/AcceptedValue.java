package vn.dxscorecard.validation;

import java.math.BigDecimal;

/**
 * A row that passed validation. {@code value} is null when the cell was empty: "not
 * reported" (SPEC §3).
 */
public record AcceptedValue(String unitCode, String indicatorCode, BigDecimal value, String fileName, long line) {
}
