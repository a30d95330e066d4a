package vn.dxscorecard.ranking;

import java.math.BigDecimal;

/**
 * What a unit is compared with (SPEC §5). {@code estimated} when the figure comes from other registry rows than the
 * unit's own (a merger or restructure): reports say so. All null when there is no previous figure.
 */
public record PreviousFigures(BigDecimal overall, Integer rank, boolean estimated) {

    public static final PreviousFigures NONE = new PreviousFigures(null, null, false);
}
