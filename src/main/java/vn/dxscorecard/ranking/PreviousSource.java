package vn.dxscorecard.ranking;

import java.math.BigDecimal;

import vn.dxscorecard.reference.RegistryUnit;

/**
 * A ranked predecessor a previous figure comes from, with its rounded overall score:
 * readers can check the mean.
 */
public record PreviousSource(RegistryUnit unit, BigDecimal overall) {
}
