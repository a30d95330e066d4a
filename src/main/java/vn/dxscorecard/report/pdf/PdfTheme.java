package vn.dxscorecard.report.pdf;

import java.awt.Color;

import java.util.List;

import org.openpdf.text.Font;

import vn.dxscorecard.results.ChangeBand;
import vn.dxscorecard.scoring.Classification;
import vn.dxscorecard.scoring.IndicatorStatus;

/**
 * Colours and text styles shared by every PDF. A status or class is always printed as its
 * Vietnamese label too: the colour only helps the eye (printouts are often black and
 * white).
 */
final class PdfTheme {

    static final Color NAVY = new Color(0x17, 0x37, 0x5E);
    static final Color INK = new Color(0x21, 0x21, 0x21);
    static final Color MUTED = new Color(0x61, 0x61, 0x61);
    static final Color RULE = new Color(0xBD, 0xBD, 0xBD);
    static final Color HEADER_FILL = new Color(0xE8, 0xEE, 0xF5);
    static final Color BAND_FILL = new Color(0xF4, 0xF6, 0xF8);
    static final Color AVERAGE = new Color(0xB0, 0xBE, 0xC5);
    static final Color WARNING_FILL = new Color(0xFD, 0xEC, 0xEA);

    /** The edition line of a provisional edition, on the navy title band. */
    static final Color PROVISIONAL = new Color(0xFF, 0xD5, 0x4F);

    static final Color GREEN = new Color(0x2E, 0x7D, 0x32);
    static final Color BLUE = new Color(0x15, 0x65, 0xC0);
    static final Color AMBER = new Color(0xB2, 0x5E, 0x00);
    static final Color RED = new Color(0xC6, 0x28, 0x28);
    static final Color PURPLE = new Color(0x6A, 0x1B, 0x9A);
    static final Color GREY = new Color(0x75, 0x75, 0x75);

    /**
     * The classes on the map, weak to good: ColorBrewer YlGnBu, 4 classes. Sequential
     * (one lightness order, kept in grey print) and safe for colour-blind readers.
     */
    private static final List<Color> CLASS_MAP = List.of(new Color(0xFF, 0xFF, 0xCC), new Color(0xA1, 0xDA, 0xB4),
            new Color(0x41, 0xB6, 0xC4), new Color(0x22, 0x5E, 0xA8));

    /**
     * The changes on the map, large fall to large rise: ColorBrewer PuOr, 5 classes.
     * Diverging and colour-blind safe; in grey print the ▲/▼ on each tile tells the two
     * ends apart.
     */
    private static final List<Color> CHANGE_MAP = List.of(new Color(0xE6, 0x61, 0x01), new Color(0xFD, 0xB8, 0x63),
            new Color(0xF7, 0xF7, 0xF7), new Color(0xB2, 0xAB, 0xD2), new Color(0x5E, 0x3C, 0x99));

    private PdfTheme() {
    }

    static Color map(Classification classification) {
        return CLASS_MAP.get(Classification.values().length - 1 - classification.ordinal());
    }

    static Color map(ChangeBand band) {
        return CHANGE_MAP.get(band.ordinal());
    }

    static Font regular(float size) {
        return regular(size, INK);
    }

    static Font regular(float size, Color color) {
        return new Font(PdfFonts.get().regular(), size, Font.NORMAL, color);
    }

    static Font bold(float size) {
        return bold(size, INK);
    }

    static Font bold(float size, Color color) {
        return new Font(PdfFonts.get().bold(), size, Font.NORMAL, color);
    }

    static Color color(IndicatorStatus status) {
        return switch (status) {
            case ACHIEVED -> GREEN;
            case ON_TRACK -> BLUE;
            case BEHIND -> AMBER;
            case NOT_ACHIEVED -> RED;
            case NOT_REPORTED -> PURPLE;
            case NO_TARGET -> GREY;
        };
    }

    static Color color(Classification classification) {
        return switch (classification) {
            case GOOD -> GREEN;
            case FAIR -> BLUE;
            case AVERAGE -> AMBER;
            case WEAK -> RED;
        };
    }

    /** Green for a rise, red for a fall, ink for no change. */
    static Color sign(int signum) {
        return signum > 0 ? GREEN : signum < 0 ? RED : INK;
    }

    /** A pale version of a colour, for cell backgrounds behind dark text. */
    static Color tint(Color color) {
        return new Color(blend(color.getRed()), blend(color.getGreen()), blend(color.getBlue()));
    }

    private static int blend(int channel) {
        return channel + (255 - channel) * 7 / 8;
    }

}
