package vn.dxscorecard.report.pdf;

import java.awt.Color;

import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

import vn.dxscorecard.reference.Indicator;
import vn.dxscorecard.scoring.Classification;
import vn.dxscorecard.scoring.IndicatorStatus;

/** The few table and text shapes every PDF is built from, so the two reports look like one family. */
final class PdfTables {

    static final float BODY = 8;
    static final float SMALL = 6.5f;
    private static final float PADDING = 3;

    private PdfTables() {
    }

    /** A full-width table whose first row is a header repeated on every page it runs onto. */
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
    static PdfPCell status(IndicatorStatus status) {
        return label(status.labelVi(), PdfTheme.color(status));
    }

    static PdfPCell classification(Classification classification) {
        return label(classification.labelVi(), PdfTheme.color(classification));
    }

    static PdfPCell label(String text, Color color) {
        PdfPCell cell = cell(new Phrase(text, PdfTheme.bold(7.5f, color)), Element.ALIGN_LEFT);
        cell.setBackgroundColor(PdfTheme.tint(color));
        return cell;
    }

    /** An indicator's Vietnamese name with its code underneath in small grey type. */
    static PdfPCell indicator(Indicator indicator) {
        Phrase phrase = new Phrase();
        phrase.add(new Chunk(indicator.nameVi(), PdfTheme.regular(BODY)));
        phrase.add(new Chunk("\n" + indicator.code(), PdfTheme.regular(SMALL, PdfTheme.MUTED)));
        return cell(phrase, Element.ALIGN_LEFT);
    }

    /** A row spanning the whole table, e.g. a pillar's title above its indicators. */
    static PdfPCell band(Phrase phrase, int columns) {
        PdfPCell cell = cell(phrase, Element.ALIGN_LEFT);
        cell.setColspan(columns);
        cell.setBackgroundColor(PdfTheme.BAND_FILL);
        cell.setPaddingTop(PADDING + 1);
        return cell;
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
     * Adds a section heading, first moving to a new page when less than {@code needed} points would remain below
     * it: a heading alone at the foot of a page, its table on the next, is what a reader trips over.
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
