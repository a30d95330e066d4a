package vn.dxscorecard.report.pdf;

import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

import vn.dxscorecard.reference.Catalogue;
import vn.dxscorecard.reference.Direction;
import vn.dxscorecard.reference.Indicator;
import vn.dxscorecard.reference.Kind;
import vn.dxscorecard.reference.Pillar;
import vn.dxscorecard.results.EditionInfo;
import vn.dxscorecard.results.PeriodReport;

/**
 * "Phương pháp đánh giá", the last pages of the national summary (SPEC §6): the rules of
 * §5 and §8 in plain Vietnamese, then the catalogue the period was scored with, every
 * indicator with its target and the target's source. The figures (weights, thresholds,
 * targets, deadline) come from the run's catalogue and edition, never from the text.
 */
final class MethodologyAnnex {

    private final PeriodReport report;

    private final Words words;

    private final ZoneId zone;

    MethodologyAnnex(PeriodReport report, Words words, ZoneId zone) {
        this.report = report;
        this.words = words;
        this.zone = zone;
    }

    void render(Document document, PdfWriter writer) throws DocumentException {
        Catalogue catalogue = report.catalogue();
        document.newPage();
        document.add(PdfTables.heading(words.get("pdf.annex.heading")));
        document.add(body(words.get("pdf.annex.intro", catalogue.version(), catalogue.sha256())));
        section(document, writer, "score");
        section(document, writer, "pillars");
        document.add(pillars(catalogue));
        section(document, writer, "classes", words.classes());
        section(document, writer, "ranks");
        section(document, writer, "milestones");
        section(document, writer, "merger", words.estimated());
        section(document, writer, "insight", PeriodReport.LEVERS);
        EditionInfo edition = report.edition();
        long deadlineDays = ChronoUnit.DAYS.between(report.period().lastDay(),
                edition.deadline().atZoneSameInstant(zone).toLocalDate());
        section(document, writer, "editions", deadlineDays, words.period(report.period()),
                words.deadline(edition.deadline().atZoneSameInstant(zone).toOffsetDateTime()), words.edition(edition));
        int year = report.period().year();
        subheading(document, writer, words.get("pdf.annex.catalogue.title", catalogue.version()));
        document.add(body(words.get("pdf.annex.catalogue.text", year)));
        document.add(indicators(catalogue, year));
    }

    private void section(Document document, PdfWriter writer, String name, Object... args) throws DocumentException {
        subheading(document, writer, words.get("pdf.annex." + name + ".title"));
        document.add(body(words.get("pdf.annex." + name + ".text", args)));
    }

    /**
     * Smaller than the summary's section headings: the annex is read as one text, not
     * looked up section by section.
     */
    private static void subheading(Document document, PdfWriter writer, String text) throws DocumentException {
        if (writer.getVerticalPosition(true) - document.bottom() < 90) {
            document.newPage();
        }
        Paragraph heading = new Paragraph(text, PdfTheme.bold(9.5f, PdfTheme.NAVY));
        heading.setLeading(12);
        heading.setSpacingBefore(6);
        heading.setSpacingAfter(1);
        document.add(heading);
    }

    private static Paragraph body(String text) {
        return PdfTables.paragraph(text, PdfTheme.regular(PdfTables.BODY + 0.5f));
    }

    private PdfPTable pillars(Catalogue catalogue) {
        PdfPTable table = PdfTables.table(10, 60, 15, 15);
        table.addCell(PdfTables.header(words.get("pdf.col.code")));
        table.addCell(PdfTables.header(words.get("pdf.annex.col.pillar")));
        table.addCell(PdfTables.headerRight(words.get("pdf.annex.pillars.col.weight")));
        table.addCell(PdfTables.headerRight(words.get("pdf.annex.pillars.col.indicators")));
        for (Pillar pillar : catalogue.pillars()) {
            table.addCell(PdfTables.text(pillar.code()));
            table.addCell(PdfTables.text(words.name(pillar)));
            table.addCell(PdfTables.number(words.decimal(pillar.weight(), 0, 2)));
            table.addCell(PdfTables.number(String.valueOf(catalogue.indicatorsOf(pillar).size())));
        }
        return table;
    }

    private PdfPTable indicators(Catalogue catalogue, int year) {
        PdfPTable table = PdfTables.table(30, 6, 12, 7, 5, 8, 8, 24);
        table.addCell(PdfTables.header(words.get("pdf.col.indicator")));
        table.addCell(PdfTables.header(words.get("pdf.annex.col.pillar")));
        table.addCell(PdfTables.header(words.get("pdf.annex.col.applies")));
        table.addCell(PdfTables.headerRight(words.get("pdf.annex.pillars.col.weight")));
        table.addCell(PdfTables.header(words.get("pdf.annex.col.direction")));
        table.addCell(PdfTables.headerRight(words.get("pdf.annex.col.worst")));
        table.addCell(PdfTables.headerRight(words.get("pdf.col.target", year)));
        table.addCell(PdfTables.header(words.get("pdf.annex.col.source")));
        for (Indicator indicator : catalogue.indicators()) {
            table.addCell(PdfTables.indicator(words, indicator));
            table.addCell(PdfTables.small(indicator.pillar()));
            table.addCell(PdfTables.small(Arrays.stream(Kind.values())
                .filter(indicator::appliesTo)
                .map(words::group)
                .collect(Collectors.joining("; "))));
            table.addCell(PdfTables.smallNumber(words.decimal(indicator.weight(), 0, 2)));
            table.addCell(PdfTables.small(indicator.direction() == Direction.HIGHER ? "↑" : "↓"));
            table.addCell(PdfTables.smallNumber(words.quantity(indicator.unit(), indicator.worst())));
            table.addCell(PdfTables.smallNumber(
                    indicator.target(year).map(t -> words.quantity(indicator.unit(), t)).orElse(PdfText.NONE)));
            table.addCell(PdfTables.small(indicator.source()));
        }
        return table;
    }

}
