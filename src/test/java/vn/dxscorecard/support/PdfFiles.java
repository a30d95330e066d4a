package vn.dxscorecard.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads our PDFs back with PDFBox, an independent implementation: what a reader's viewer
 * would see.
 */
public final class PdfFiles {

    private PdfFiles() {
    }

    public static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    public static String pageText(Path pdf, int page) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(document);
        }
    }

    /** A font used anywhere in the document, charts (form XObjects) included. */
    public record UsedFont(String name, boolean embedded) {
    }

    public static List<UsedFont> fonts(Path pdf) throws IOException {
        List<UsedFont> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            Set<PDResources> seen = new HashSet<>();
            for (PDPage page : document.getPages()) {
                collect(page.getResources(), fonts, seen);
            }
        }
        return fonts;
    }

    private static void collect(PDResources resources, List<UsedFont> fonts, Set<PDResources> seen) throws IOException {
        if (resources == null || !seen.add(resources)) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            fonts.add(new UsedFont(font.getName(), font.isEmbedded()));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject xobject = resources.getXObject(name);
            if (xobject instanceof PDFormXObject form) {
                collect(form.getResources(), fonts, seen);
            }
        }
    }

    public static PDDocument load(Path pdf) throws IOException {
        return Loader.loadPDF(pdf.toFile());
    }

}
