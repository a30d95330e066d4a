package vn.dxscorecard.report.pdf;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;

import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontMapper;

/**
 * Liberation Sans regular and bold, read once per JVM from the classpath (shipped by
 * {@code openpdf-fonts-extra}, so inside the Boot jar) and embedded as Identity-H
 * subsets: Vietnamese diacritics and the ▲▼ arrows come out the same on every machine,
 * whatever fonts it has installed. Charts get AWT fonts made from the same files, so the
 * widths JFreeChart measures are the widths the PDF shows.
 */
final class PdfFonts {

    private static final String REGULAR = "liberation/LiberationSans-Regular.ttf";

    private static final String BOLD = "liberation/LiberationSans-Bold.ttf";

    private static final class Holder {

        private static final PdfFonts INSTANCE = new PdfFonts();

    }

    private final BaseFont regular;

    private final BaseFont bold;

    private final Font awtRegular;

    private final Font awtBold;

    private PdfFonts() {
        byte[] regularBytes = classpathBytes(REGULAR);
        byte[] boldBytes = classpathBytes(BOLD);
        regular = baseFont(REGULAR, regularBytes, 'R');
        bold = baseFont(BOLD, boldBytes, 'B');
        awtRegular = awtFont(regularBytes);
        awtBold = awtFont(boldBytes);
    }

    static PdfFonts get() {
        return Holder.INSTANCE;
    }

    BaseFont regular() {
        return regular;
    }

    BaseFont bold() {
        return bold;
    }

    Font awt(boolean boldFace, float size) {
        return (boldFace ? awtBold : awtRegular).deriveFont(size);
    }

    /**
     * Maps every AWT font a chart asks for to one of ours: the chart can never pull in a
     * font of the machine.
     */
    FontMapper fontMapper() {
        return new FontMapper() {
            @Override
            public BaseFont awtToPdf(Font font) {
                return font.isBold() || font.getFontName().equals(awtBold.getFontName()) ? bold : regular;
            }

            @Override
            public Font pdfToAwt(BaseFont font, int size) {
                return awt(font == bold, size);
            }
        };
    }

    private static BaseFont baseFont(String name, byte[] bytes, char subsetTag) {
        try {
            BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
            font.setSecureRandom(new FixedSubsetTag(subsetTag));
            // PDF/A-2 wants a CIDSet to list every glyph of the embedded subset, and
            // OpenPDF's
            // lists only those used; the set is optional, so it is left out.
            font.setIncludeCidSet(false);
            return font;
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot load font " + name, e);
        }
    }

    private static Font awtFont(byte[] bytes) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
        }
        catch (FontFormatException e) {
            throw new IllegalStateException("bad font file", e);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A font or colour profile the jar ships: read whole, once per JVM. */
    static byte[] classpathBytes(String resource) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            return in.readAllBytes();
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * OpenPDF names each embedded subset with six random capitals
     * ({@code ABCDEF+LiberationSans}); a fixed tag per font keeps a rerun's PDF byte for
     * byte the same. The tag only has to differ between the fonts of one file.
     */
    private static final class FixedSubsetTag extends SecureRandom {

        private final double value;

        FixedSubsetTag(char letter) {
            value = (letter - 'A' + 0.5) / 26;
        }

        @Override
        public double nextDouble() {
            return value;
        }

    }

}
