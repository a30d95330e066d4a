package vn.dxscorecard.report.pdf;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The signs every language of the PDFs shares, and the ASCII file names of the
 * scorecards; numbers and dates are each language's ({@link Words}).
 */
final class PdfText {

    static final String NONE = "—";
    static final String UP = "▲";
    static final String DOWN = "▼";

    private PdfText() {
    }

    /** ASCII for a file name: {@code Thành phố Hà Nội} → {@code thanh-pho-ha-noi}. */
    static String slug(String name) {
        String decomposed = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        String ascii = decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

}
