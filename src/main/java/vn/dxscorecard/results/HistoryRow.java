package vn.dxscorecard.results;

import java.math.BigDecimal;

import vn.dxscorecard.cycle.EditionStatus;
import vn.dxscorecard.reference.Kind;
import vn.dxscorecard.scoring.Classification;
import vn.dxscorecard.shared.Period;

/**
 * One unit in the latest edition of one published period ({@code history.csv}, SPEC §6).
 * {@code rank} and {@code overall} (rounded) are null for a unit that did not submit.
 */
public record HistoryRow(Period period, int edition, EditionStatus status, Kind group, String unitCode, String unitName,
        Integer rank, BigDecimal overall) {

    public Classification classification() {
        return overall == null ? null : Classification.of(overall);
    }

}
