package vn.dxscorecard.intake;

/**
 * Receives the rows of a file as they are parsed, so a large file is never held in
 * memory. A file can turn out to be rejected whole after some of its rows were passed on:
 * then its rows are discarded.
 */
interface RowSink {

    void accept(RawRow row);

    void discardFile(String fileName);

}
