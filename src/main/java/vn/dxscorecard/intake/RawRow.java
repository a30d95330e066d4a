package vn.dxscorecard.intake;

/**
 * One data record of a submission as read, before validation. Cells are trimmed; a cell
 * missing from a short record is null. {@code fieldCount} and {@code headerSize} differ
 * for a ragged record.
 */
public record RawRow(String fileName, String fileUnitCode, char delimiter, long line, long record, String unitCode,
        String period, String indicatorCode, String value, int fieldCount, int headerSize) {

    public boolean ragged() {
        return fieldCount != headerSize;
    }
}
