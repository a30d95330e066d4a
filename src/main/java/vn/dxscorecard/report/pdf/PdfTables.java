package vn.dxscorecard.report.pdf;

import java.awt.Color;
import java.math.BigDecimal;

import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

import vn.dxscorecard.reference.Indicator;
import vn.dxscorecard.scoring.Classification;
import vn.dxscorecard.scoring.IndicatorStatus;

/**
 * The few table and text shapes every PDF is built from, so the two reports look like one
 * family.
 */
final class PdfTables {

    static final float BODY = 8;

    /**
     * SPEC §3: a PDF lists at most this many files that were not read, then how many
     * more.
     */
    static final int MAX_IGNORED_LISTED = 20;
    static final float SMALL = 6.5f;

    /** The type of the national summary's dense tables. */
    static final float SMALL_TABLE = 7;

    private static final float PADDING = 3;

    private PdfTables() {
    }

    /**
     * A full-width table whose first row is a header repeated on every page it runs onto.
     */
    static PdfPTable table(float... widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        return table;
    }

    static PdfPCell header(String text) {
        return header(text, Element.ALIGN_LEFT);
    }

    static PdfPCell headerRight(String text) {
        return header(text, Element.ALIGN_RIGHT);
    }

    private static PdfPCell header(String text, int alignment) {
        PdfPCell cell = cell(new Phrase(text, PdfTheme.bold(7, PdfTheme.NAVY)), alignment);
        cell.setBackgroundColor(PdfTheme.HEADER_FILL);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(PdfTheme.NAVY);
        cell.setBorderWidth(0.75f);
        return cell;
    }

    static PdfPCell text(String text) {
        return cell(new Phrase(text, PdfTheme.regular(BODY)), Element.ALIGN_LEFT);
    }

    static PdfPCell text(Phrase phrase) {
        return cell(phrase, Element.ALIGN_LEFT);
    }

    static PdfPCell number(String text) {
        return cell(new Phrase(text, PdfTheme.regular(BODY)), Element.ALIGN_RIGHT);
    }

    static PdfPCell boldNumber(String text) {
        return cell(new Phrase(text, PdfTheme.bold(BODY)), Element.ALIGN_RIGHT);
    }

    /** A status as its coloured label on a pale tint of the same colour. */
    static PdfPCell status(Words words, IndicatorStatus status) {
        return label(words.status(status), PdfTheme.color(status));
    }

    static PdfPCell classification(Words words, Classification classification) {
        return label(words.classification(classification), PdfTheme.color(classification));
    }

    static PdfPCell label(String text, Color color) {
        return label(text, color, 7.5f);
    }

    static PdfPCell label(String text, Color color, float size) {
        PdfPCell cell = cell(new Phrase(text, PdfTheme.bold(size, color)), Element.ALIGN_LEFT);
        cell.setBackgroundColor(PdfTheme.tint(color));
        return cell;
    }

    /** An indicator's name with its code underneath in small grey type. */
    static PdfPCell indicator(Words words, Indicator indicator) {
        return indicator(words, indicator, BODY);
    }

    static PdfPCell indicator(Words words, Indicator indicator, float size) {
        Phrase phrase = new Phrase();
        phrase.add(new Chunk(words.name(indicator), PdfTheme.regular(size)));
        phrase.add(new Chunk("\n" + indicator.code(), PdfTheme.regular(size - 1.5f, PdfTheme.MUTED)));
        return cell(phrase, Element.ALIGN_LEFT);
    }

    /** A small drawing in a cell, scaled to its width, vertically centred. */
    static PdfPCell image(Image image) {
        PdfPCell cell = new PdfPCell(image, false);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(PdfTheme.RULE);
        cell.setBorderWidth(0.5f);
        cell.setPadding(2);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
    }

    /** A row spanning the whole table, e.g. a pillar's title above its indicators. */
    static PdfPCell band(Phrase phrase, int columns) {
        PdfPCell cell = cell(phrase, Element.ALIGN_LEFT);
        cell.setColspan(columns);
        cell.setBackgroundColor(PdfTheme.BAND_FILL);
        cell.setPaddingTop(PADDING + 1);
        return cell;
    }

    /** Small type, for the dense tables of the national summary. */
    static PdfPCell small(String text) {
        return text(new Phrase(text, PdfTheme.regular(SMALL_TABLE)));
    }

    static PdfPCell smallNumber(String text) {
        return cell(new Phrase(text, PdfTheme.regular(SMALL_TABLE)), Element.ALIGN_RIGHT);
    }

    /**
     * A change of score with its arrow in green or red, {@code *} when estimated;
     * {@code —} when unknown.
     */
    static PdfPCell change(Words words, BigDecimal change, boolean estimated, float size) {
        if (change == null) {
            return cell(new Phrase(PdfText.NONE, PdfTheme.regular(size)), Element.ALIGN_RIGHT);
        }
        return cell(new Phrase(words.change(change) + (estimated ? "*" : ""),
                PdfTheme.regular(size, PdfTheme.sign(change.signum()))), Element.ALIGN_RIGHT);
    }

    /**
     * The navy band at the top of page 1: what the document is, whom it is about, and one
     * line of detail.
     */
    static PdfPTable titleBand(String kicker, String title, String detail, String edition, boolean provisional) {
        Color light = new Color(0xC5, 0xD3, 0xE3);
        PdfPCell cell = new PdfPCell();
        cell.addElement(line(kicker, PdfTheme.bold(8, light), 0));
        cell.addElement(line(title, PdfTheme.bold(20, Color.WHITE), 4));
        cell.addElement(line(detail, PdfTheme.regular(8.5f, light), 4));
        // Which edition this is: a provisional one must not be read as settled (SPEC §8).
        cell.addElement(line(edition, PdfTheme.bold(9, provisional ? PdfTheme.PROVISIONAL : Color.WHITE), 6));
        cell.setBackgroundColor(PdfTheme.NAVY);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(10);
        cell.setPaddingTop(6);
        cell.setPaddingBottom(12);
        PdfPTable band = new PdfPTable(1);
        band.setWidthPercentage(100);
        band.addCell(cell);
        band.setSpacingAfter(8);
        return band;
    }

    /** A row of key figures under the title band. */
    static PdfPTable figures(int columns) {
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        table.setSpacingAfter(4);
        return table;
    }

    /** One key figure: a small label, the figure in large type, a line of detail. */
    static PdfPCell figure(String label, String value, Font valueFont, String detail) {
        PdfPCell cell = new PdfPCell();
        cell.addElement(line(label, PdfTheme.bold(7, PdfTheme.MUTED), 0));
        cell.addElement(line(value, valueFont, 3));
        cell.addElement(line(detail, PdfTheme.regular(7, PdfTheme.MUTED), 3));
        cell.setPadding(6);
        cell.setPaddingTop(2);
        cell.setPaddingBottom(8);
        cell.setBorder(Rectangle.LEFT);
        cell.setBorderColor(PdfTheme.NAVY);
        cell.setBorderWidthLeft(2);
        cell.setBackgroundColor(PdfTheme.BAND_FILL);
        return cell;
    }

    /**
     * A line of a composite cell, with its own leading so big and small type do not
     * collide.
     */
    static Paragraph line(String text, Font font, float spacingBefore) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setLeading(font.getSize() * 1.2f);
        paragraph.setSpacingBefore(spacingBefore);
        return paragraph;
    }

    static PdfPCell cell(Phrase phrase, int alignment) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(PADDING);
        cell.setPaddingBottom(PADDING + 1);
        cell.setUseAscender(true);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(PdfTheme.RULE);
        cell.setBorderWidth(0.5f);
        return cell;
    }

    /**
     * Adds a section heading, first moving to a new page when less than {@code needed}
     * points would remain below it: a heading alone at the foot of a page, its table on
     * the next, is what a reader trips over.
     */
    static void heading(Document document, PdfWriter writer, String text, float needed) throws DocumentException {
        if (writer.getVerticalPosition(true) - document.bottom() < needed + 30) {
            document.newPage();
        }
        document.add(heading(text));
    }

    static Paragraph heading(String text) {
        Paragraph paragraph = new Paragraph(text, PdfTheme.bold(12, PdfTheme.NAVY));
        paragraph.setSpacingBefore(10);
        paragraph.setSpacingAfter(2);
        paragraph.setKeepTogether(true);
        return paragraph;
    }

    static Paragraph paragraph(String text, Font font) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setLeading(font.getSize() * 1.35f);
        paragraph.setSpacingAfter(3);
        return paragraph;
    }

    static Paragraph note(String text) {
        return paragraph(text, PdfTheme.regular(SMALL + 0.5f, PdfTheme.MUTED));
    }

}
