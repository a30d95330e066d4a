package vn.dxscorecard.report.pdf;

import java.awt.Color;
import java.util.List;
import java.util.function.Function;

import org.openpdf.text.BadElementException;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

import vn.dxscorecard.results.TileMap;

/**
 * The national summary's tile maps: one equal tile per province on the schematic grid of
 * {@code province-tiles.csv}, coloured by a class, with the province's short name and a
 * figure, and a legend below. Vectors and text in the embedded font, so the names stay
 * searchable.
 */
final class TileMaps {

    /** What a tile shows: its fill (null: no figure) and its second line. */
    record Look(Color fill, String figure) {
    }

    /** One line of the legend. */
    record Key(Color fill, String label) {
    }

    private static final float GAP = 2;

    private static final float TILE_HEIGHT = 25;

    private static final float LEGEND_LINE = 9;

    private TileMaps() {
    }

    static Image draw(PdfWriter writer, Words words, float width, TileMap map, Function<TileMap.Placed, Look> look,
            List<Key> legend) throws BadElementException {
        float tileWidth = (width - GAP * (map.cols() - 1)) / map.cols();
        float gridHeight = map.rows() * (TILE_HEIGHT + GAP);
        float height = gridHeight + 6 + legend.size() * LEGEND_LINE;
        PdfTemplate t = writer.getDirectContent().createTemplate(width, height);
        BaseFont regular = PdfFonts.get().regular();
        BaseFont bold = PdfFonts.get().bold();
        for (TileMap.Placed placed : map.tiles()) {
            float x = placed.tile().col() * (tileWidth + GAP);
            float y = height - (placed.tile().row() + 1) * (TILE_HEIGHT + GAP);
            Look l = look.apply(placed);
            swatch(t, x, y, tileWidth, TILE_HEIGHT, l.fill());
            Color ink = textOn(l.fill());
            String name = words.shortName(placed.entry().unit());
            text(t, regular, fit(regular, name, 5.5f, tileWidth - 2), name, x + tileWidth / 2, y + 14.5f, ink);
            text(t, bold, 7, l.figure(), x + tileWidth / 2, y + 5, ink);
        }
        float y = height - gridHeight - 6 - LEGEND_LINE + 2;
        for (Key key : legend) {
            swatch(t, 0, y, 9, 6.5f, key.fill());
            text(t, regular, 6.5f, key.label(), 13, y + 1, PdfTheme.INK, Element.ALIGN_LEFT);
            y -= LEGEND_LINE;
        }
        return Image.getInstance(t);
    }

    /**
     * A filled tile; without a figure, white with a dashed rim, legible in grey print.
     */
    private static void swatch(PdfTemplate t, float x, float y, float w, float h, Color fill) {
        if (fill == null) {
            t.setColorStroke(PdfTheme.GREY);
            t.setLineWidth(0.5f);
            t.setLineDash(1.5f, 1.2f, 0);
            t.rectangle(x + 0.25f, y + 0.25f, w - 0.5f, h - 0.5f);
            t.stroke();
            t.setLineDash(0);
            return;
        }
        // A hairline rim: the palest colours still show their edge on white paper.
        t.setColorFill(fill);
        t.setColorStroke(PdfTheme.RULE);
        t.setLineWidth(0.3f);
        t.rectangle(x, y, w, h);
        t.fillStroke();
    }

    private static float fit(BaseFont font, String text, float size, float room) {
        float width = font.getWidthPoint(text, size);
        return width <= room ? size : size * room / width;
    }

    private static void text(PdfTemplate t, BaseFont font, float size, String text, float x, float y, Color color) {
        text(t, font, size, text, x, y, color, Element.ALIGN_CENTER);
    }

    private static void text(PdfTemplate t, BaseFont font, float size, String text, float x, float y, Color color,
            int alignment) {
        t.beginText();
        t.setFontAndSize(font, size);
        t.setColorFill(color);
        t.showTextAligned(alignment, text, x, y, 0);
        t.endText();
    }

    /** White on the dark end of a palette, ink elsewhere (WCAG relative luminance). */
    private static Color textOn(Color fill) {
        if (fill == null) {
            return PdfTheme.INK;
        }
        double luminance = 0.2126 * linear(fill.getRed()) + 0.7152 * linear(fill.getGreen())
                + 0.0722 * linear(fill.getBlue());
        return luminance < 0.18 ? Color.WHITE : PdfTheme.INK;
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

}
