package vn.dxscorecard.intake;

/**
 * Rows of one file that validation accepted and rejected (a row with several rejections
 * counts once).
 */
public record RowCounts(long accepted, long rejected) {
}
