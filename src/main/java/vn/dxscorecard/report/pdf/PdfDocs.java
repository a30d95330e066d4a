package vn.dxscorecard.report.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.GregorianCalendar;

import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfEncryption;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

import vn.dxscorecard.shared.AtomicFiles;
import vn.dxscorecard.shared.Sha256;

/**
 * Opens, fills and closes one A4 PDF/A-2b (PDF 1.7), written atomically. Everything
 * OpenPDF would take from the clock or from a random source (creation and modification
 * dates, the file ID, subset tags) is fixed by the run, so rerunning a period with the
 * same clock gives the same bytes.
 */
final class PdfDocs {

    static final float MARGIN = 36;
    static final float BOTTOM_MARGIN = 48;
    static final float WIDTH = PageSize.A4.getWidth() - 2 * MARGIN;

    /**
     * @param id what makes this file unique within its run (its path in the period
     * folder)
     */
    record Meta(String title, String subject, String footer, String id, ArchivalMetadata.Provenance provenance,
            Instant generatedAt, ZoneId zone) {

        /** Words an archive's search finds the file by. */
        String keywords() {
            return String.join(", ", "chuyển đổi số", provenance.period(), provenance.unitCode(),
                    provenance.editionLabel(), provenance.catalogueVersion());
        }

    }

    @FunctionalInterface
    interface Body {

        void render(Document document, PdfWriter writer) throws DocumentException, IOException;

    }

    private PdfDocs() {
    }

    /**
     * Lays the document out in memory (a scorecard is tens of kilobytes), seals it, then
     * moves it into place.
     */
    static void write(Path target, Meta meta, Words words, Body body, PdfSealer sealer) throws IOException {
        byte[] pdf = sealer.seal(render(target, meta, words, body), meta.generatedAt(), meta.zone());
        AtomicFiles.write(target, out -> out.write(pdf));
    }

    private static byte[] render(Path target, Meta meta, Words words, Body body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, BOTTOM_MARGIN);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        ArchivalMetadata.declare(writer);
        writer.setPageEvent(new Footer(meta.footer(), words));
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(words.language().id()));
        document.addTitle(meta.title());
        document.addSubject(meta.subject());
        document.addKeywords(meta.keywords());
        document.addCreator("dx-scorecard");
        document.open();
        ArchivalMetadata.addOutputIntent(writer);
        try {
            body.render(document, writer);
        }
        catch (DocumentException e) {
            throw new IOException("cannot lay out " + target.getFileName() + ": " + e.getMessage(), e);
        }
        PdfDate date = new PdfDate(GregorianCalendar.from(meta.generatedAt().atZone(meta.zone())));
        writer.getInfo().put(PdfName.CREATIONDATE, date);
        writer.getInfo().put(PdfName.MODDATE, date);
        byte[] id = fileId(meta);
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
        ArchivalMetadata.attach(writer, writer.getInfo(), meta.provenance());
        document.close();
        return out.toByteArray();
    }

    private static byte[] fileId(Meta meta) {
        byte[] hash = Sha256.newDigest()
            .digest((meta.id() + "|" + meta.generatedAt()).getBytes(StandardCharsets.UTF_8));
        return Arrays.copyOf(hash, 16);
    }

    /**
     * Every page: what the file is on the left, "Trang n/N" on the right (N filled in
     * when the document closes).
     */
    private static final class Footer extends PdfPageEventHelper {

        private static final float SIZE = 7.5f;

        private final String text;

        private final Words words;

        private PdfTemplate total;

        Footer(String text, Words words) {
            this.text = text;
            this.words = words;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(30, 12);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            float y = BOTTOM_MARGIN / 2;
            canvas.saveState();
            canvas.setColorStroke(PdfTheme.RULE);
            canvas.setLineWidth(0.5f);
            canvas.moveTo(MARGIN, y + 10);
            canvas.lineTo(MARGIN + WIDTH, y + 10);
            canvas.stroke();
            canvas.restoreState();
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                    new Phrase(text, PdfTheme.regular(SIZE, PdfTheme.MUTED)), MARGIN, y, 0);
            String page = words.get("pdf.page", writer.getPageNumber());
            float pageWidth = PdfFonts.get().regular().getWidthPoint(page, SIZE);
            float right = MARGIN + WIDTH - 12;
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                    new Phrase(page, PdfTheme.regular(SIZE, PdfTheme.MUTED)), right - pageWidth, y, 0);
            canvas.addTemplate(total, right, y);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(total, Element.ALIGN_LEFT,
                    new Phrase(String.valueOf(writer.getPageNumber() - 1), PdfTheme.regular(SIZE, PdfTheme.MUTED)), 0,
                    0, 0);
        }

    }

}
