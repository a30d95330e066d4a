package vn.dxscorecard.shared;

/**
 * One text in the two languages every sender and reader gets: Vietnamese first, English
 * beside it.
 */
public record Text(String vi, String en) {

    /** A text that reads the same in both languages: a number, a code, a file name. */
    public static Text same(String text) {
        return new Text(text, text);
    }
}
