package vn.dxscorecard.report.pdf;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Image;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

import vn.dxscorecard.feedback.RejectionDigest;
import vn.dxscorecard.intake.FileRecord;
import vn.dxscorecard.intake.FileStatus;
import vn.dxscorecard.ranking.RankingEntry;
import vn.dxscorecard.reference.Indicator;
import vn.dxscorecard.reference.Kind;
import vn.dxscorecard.reference.Pillar;
import vn.dxscorecard.reference.RegistryUnit;
import vn.dxscorecard.results.ChangeBand;
import vn.dxscorecard.results.PeriodReport;
import vn.dxscorecard.results.RankRange;
import vn.dxscorecard.results.TileMap;
import vn.dxscorecard.results.PeriodReport.FileTotals;
import vn.dxscorecard.results.PeriodReport.IndicatorBehind;
import vn.dxscorecard.scoring.Classification;
import vn.dxscorecard.scoring.Decimals;
import vn.dxscorecard.scoring.IndicatorResult;
import vn.dxscorecard.scoring.UnitScore;

/**
 * The national summary (SPEC §6): national indicators against targets, the map of the
 * provinces, the two rankings with their rank ranges, pillar averages, the indicators
 * furthest behind nationwide, who did not submit, and an overview of data quality. Every
 * figure comes from the {@link PeriodReport}; this class only lays them out.
 */
final class NationalSummaryLayout {

    static final int FURTHEST_BEHIND = 5;

    private final PeriodReport report;

    private final Words words;

    private final ZoneId zone;

    /** Sections are numbered as they come: the map only exists from July 2025. */
    private int section;

    NationalSummaryLayout(PeriodReport report, Words words, ZoneId zone) {
        this.report = report;
        this.words = words;
        this.zone = zone;
    }

    PdfDocs.Meta meta(String id) {
        String period = words.period(report.period());
        return new PdfDocs.Meta(words.get("pdf.summary.title", period), words.get("pdf.summary.subject", period),
                words.get("pdf.summary.footer", period, report.catalogue().version(),
                        words.date(report.generatedAt(), zone)),
                id,
                new ArchivalMetadata.Provenance(RegistryUnit.NATIONAL_CODE, words.get("pdf.summary.band.title"),
                        report.period().toString(), report.edition().number(), words.edition(report.edition()),
                        report.catalogue().version()),
                report.generatedAt(), zone);
    }

    void render(Document document, PdfWriter writer) throws DocumentException {
        document.add(PdfTables.titleBand(
                words.get("pdf.summary.band", words.period(report.period()).toUpperCase(Locale.ROOT)),
                words.get("pdf.summary.band.title"),
                words.get("pdf.summary.band.sub", report.groupSize(Kind.PROVINCE), words.group(Kind.PROVINCE),
                        report.groupSize(Kind.MINISTRY), words.group(Kind.MINISTRY), report.catalogue().version()),
                words.edition(report.edition()), !report.edition().status().settled()));
        document.add(keyFigures());
        if (nobodySubmitted()) {
            // A quarter nobody has reported yet reads as such, not as empty tables.
            document.add(PdfTables.paragraph(words.get("pdf.summary.nobody", words.period(report.period()),
                    words.date(report.edition().deadline())), PdfTheme.bold(PdfTables.BODY, PdfTheme.RED)));
        }
        PdfTables.heading(document, writer, words.get("pdf.summary.national.heading", ++section), 80);
        national(document);
        Optional<TileMap> map = report.map();
        if (map.isPresent()) {
            document.newPage();
            document.add(PdfTables.heading(words.get("pdf.summary.map.heading", ++section)));
            maps(document, writer, map.get());
        }
        for (Kind group : Kind.GROUPS) {
            PdfTables.heading(document, writer, words.get("pdf.summary.ranking.heading", ++section, words.group(group)),
                    80);
            document.add(ranking(group));
        }
        document.add(PdfTables.note(words.get("pdf.summary.ranking.note", pillarCodes(),
                words.period(report.period().previous()), words.estimated())));
        document.add(PdfTables.note(words.get("pdf.summary.range.note")));
        pillarAverages(document, writer);
        PdfTables.heading(document, writer, words.get("pdf.summary.behind.heading", ++section), 80);
        document.add(furthestBehind());
        PdfTables.heading(document, writer, words.get("pdf.summary.missing.heading", ++section), 50);
        notSubmitted(document);
        PdfTables.heading(document, writer, words.get("pdf.summary.quality.heading", ++section), 60);
        dataQuality(document);
        new MethodologyAnnex(report, words, zone).render(document, writer);
    }

    // --- header

    private boolean nobodySubmitted() {
        return report.national().score() == null
                && Kind.GROUPS.stream().allMatch(group -> report.ranked(group).isEmpty());
    }

    private PdfPTable keyFigures() {
        PdfPTable table = PdfTables.figures(4);
        for (Kind group : Kind.GROUPS) {
            table.addCell(figure(words.group(group).toUpperCase(Locale.ROOT), words.score(report.meanOverall(group)),
                    words.get("pdf.summary.figure.group.sub", report.ranked(group).size(), report.groupSize(group))));
        }
        UnitScore national = report.national().score();
        table.addCell(figure(words.get("pdf.summary.figure.national"),
                national == null ? PdfText.NONE : words.score(national.overall()),
                national == null ? words.get("pdf.summary.figure.national.missing") : words
                    .get("pdf.summary.figure.national.sub", words.classification(national.classification()))));
        FileTotals totals = report.fileTotals();
        table.addCell(figure(words.get("pdf.summary.figure.data"), words.get("pdf.rows", totals.rowsRead()),
                words.get("pdf.summary.figure.data.sub", totals.files(), totals.rowsRejected())));
        return table;
    }

    private static PdfPCell figure(String label, String value, String sub) {
        return PdfTables.figure(label, value, PdfTheme.bold(18, PdfTheme.INK), sub);
    }

    // --- 1. national indicators

    private void national(Document document) throws DocumentException {
        UnitScore national = report.national().score();
        int year = report.period().year();
        if (national == null) {
            document.add(PdfTables.paragraph(words.get("pdf.summary.national.missing", words.period(report.period())),
                    PdfTheme.bold(PdfTables.BODY, PdfTheme.RED)));
        }
        PdfPTable table = PdfTables.table(44, 10, 11, 10, 9, 16);
        table.addCell(PdfTables.header(words.get("pdf.col.indicator")));
        table.addCell(PdfTables.headerRight(words.get("pdf.col.value")));
        table.addCell(PdfTables.headerRight(words.get("pdf.col.target", year)));
        table.addCell(PdfTables.headerRight(words.get("pdf.col.milestone", report.period().quarter())));
        table.addCell(PdfTables.headerRight(words.get("pdf.col.score")));
        table.addCell(PdfTables.header(words.get("pdf.col.status")));
        if (national == null) {
            for (Indicator indicator : report.catalogue().applicableTo(Kind.NATIONAL)) {
                table.addCell(PdfTables.indicator(words, indicator));
                table.addCell(PdfTables.number(PdfText.NONE));
                table.addCell(PdfTables
                    .number(indicator.target(year).map(t -> words.quantity(indicator.unit(), t)).orElse(PdfText.NONE)));
                table.addCell(PdfTables.number(PdfText.NONE));
                table.addCell(PdfTables.number(PdfText.NONE));
                table.addCell(PdfTables.label(words.get("pdf.not-submitted"), PdfTheme.GREY));
            }
        }
        else {
            for (IndicatorResult r : national.indicators()) {
                table.addCell(PdfTables.indicator(words, r.indicator()));
                table.addCell(PdfTables.number(words.value(r)));
                table.addCell(PdfTables
                    .number(r.target() == null ? PdfText.NONE : words.quantity(r.indicator().unit(), r.target())));
                table.addCell(PdfTables.number(words.milestone(r)));
                table.addCell(PdfTables.boldNumber(r.scored() ? words.score(r.score()) : PdfText.NONE));
                table.addCell(PdfTables.status(words, r.status()));
            }
        }
        document.add(table);
    }

    // --- the map

    /** SPEC §6: the provinces by class with their scores, and by change. */
    private void maps(Document document, PdfWriter writer, TileMap map) throws DocumentException {
        float width = (PdfDocs.WIDTH - 24) / 2;
        List<TileMaps.Key> classes = new ArrayList<>();
        for (Classification c : Classification.values()) {
            classes.add(new TileMaps.Key(PdfTheme.map(c), words.classification(c)));
        }
        classes.add(new TileMaps.Key(null, words.get("pdf.not-submitted")));
        Image byClass = TileMaps.draw(writer, words, width, map,
                placed -> placed.entry().ranked() ? new TileMaps.Look(PdfTheme.map(placed.entry().classification()),
                        words.score(placed.entry().overall())) : new TileMaps.Look(null, PdfText.NONE),
                classes);
        List<TileMaps.Key> bands = new ArrayList<>();
        for (ChangeBand band : ChangeBand.values()) {
            bands.add(new TileMaps.Key(PdfTheme.map(band), words.get(band.key())));
        }
        bands.add(new TileMaps.Key(null, words.get("pdf.summary.map.no-change")));
        Image byChange = TileMaps.draw(writer, words, width, map, placed -> placed.changeBand() == null
                ? new TileMaps.Look(null, PdfText.NONE)
                : new TileMaps.Look(PdfTheme.map(placed.changeBand()), words.change(placed.entry().overallChange())),
                bands);
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.addCell(mapTitle(words.get("pdf.summary.map.class")));
        table.addCell(mapTitle(words.get("pdf.summary.map.change", words.period(report.period().previous()))));
        table.addCell(mapCell(byClass));
        table.addCell(mapCell(byChange));
        document.add(table);
        document.add(PdfTables.note(words.get("pdf.summary.map.note")));
    }

    private static PdfPCell mapTitle(String text) {
        PdfPCell cell = PdfTables.text(new Phrase(text, PdfTheme.bold(8.5f, PdfTheme.NAVY)));
        cell.setBorder(Rectangle.NO_BORDER);
        return cell;
    }

    private static PdfPCell mapCell(Image image) {
        PdfPCell cell = new PdfPCell(image, false);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(4);
        return cell;
    }

    // --- rankings

    private PdfPTable ranking(Kind group) {
        List<Pillar> pillars = report.pillarsOf(group);
        float[] widths = new float[8 + pillars.size()];
        widths[0] = 7;
        widths[1] = 7;
        widths[2] = group == Kind.MINISTRY ? 8.5f : 4.5f;
        widths[3] = group == Kind.MINISTRY ? 26 : 18;
        widths[4] = 7;
        widths[5] = 9;
        for (int i = 0; i < pillars.size(); i++) {
            widths[6 + i] = 6;
        }
        widths[6 + pillars.size()] = 8.5f;
        widths[7 + pillars.size()] = 8;
        PdfPTable table = PdfTables.table(widths);
        table.addCell(PdfTables.headerRight(words.get("pdf.col.rank")));
        table.addCell(PdfTables.headerRight(words.get("pdf.col.rank-range")));
        table.addCell(PdfTables.header(words.get("pdf.col.code")));
        table.addCell(PdfTables.header(words.get("pdf.col.unit")));
        table.addCell(PdfTables.headerRight(words.get("pdf.col.score")));
        table.addCell(PdfTables.header(words.get("pdf.col.classification")));
        pillars.forEach(p -> table.addCell(PdfTables.headerRight(p.code())));
        table.addCell(PdfTables.headerRight(words.get("pdf.col.change")));
        table.addCell(PdfTables.headerRight(words.get("pdf.col.rank-change")));
        for (RankingEntry e : report.ranked(group)) {
            table.addCell(PdfTables.boldNumber(e.rank() + "/" + report.ranked(group).size()));
            RankRange range = report.rankRange(e);
            table.addCell(PdfTables.smallNumber(range.min() + "–" + range.max()));
            table.addCell(PdfTables.small(e.unit().code()));
            table.addCell(PdfTables.small(words.name(e.unit())));
            table.addCell(PdfTables.boldNumber(words.score(e.overall())));
            table.addCell(PdfTables.classification(words, e.classification()));
            for (Pillar pillar : pillars) {
                table.addCell(PdfTables
                    .smallNumber(PeriodReport.pillarScore(e.score(), pillar).map(words::score).orElse(PdfText.NONE)));
            }
            table.addCell(PdfTables.change(words, e.overallChange(), e.previous().estimated(), PdfTables.SMALL_TABLE));
            table.addCell(PdfTables.smallNumber(words.rankChange(e.rankChange())));
        }
        for (RankingEntry e : report.notSubmitted(group)) {
            table.addCell(PdfTables.smallNumber(PdfText.NONE));
            table.addCell(PdfTables.smallNumber(PdfText.NONE));
            table.addCell(PdfTables.small(e.unit().code()));
            table.addCell(PdfTables.small(words.name(e.unit())));
            String label = e.previous().overall() == null ? words.get("pdf.not-submitted")
                    : words.get("pdf.summary.not-submitted.with-previous", words.get("pdf.not-submitted"),
                            words.period(report.period().previous()), previousScore(e));
            PdfPCell cell = PdfTables.label(label, PdfTheme.GREY);
            cell.setColspan(4 + pillars.size());
            table.addCell(cell);
        }
        return table;
    }

    private String previousScore(RankingEntry e) {
        return words.score(e.previous().overall()) + (e.previous().estimated() ? "*" : "");
    }

    private String pillarCodes() {
        return words.get("pdf.summary.pillar-codes",
                report.catalogue()
                    .pillars()
                    .stream()
                    .map(p -> p.code() + " – " + words.name(p))
                    .collect(Collectors.joining("; ")));
    }

    // --- 4. pillar averages

    private void pillarAverages(Document document, PdfWriter writer) throws DocumentException {
        List<Pillar> pillars = report.averagedPillars();
        Map<Kind, List<BigDecimal>> averages = new EnumMap<>(Kind.class);
        for (Kind group : Kind.GROUPS) {
            averages.put(group, pillars.stream().map(p -> Decimals.round(report.pillarAverage(group, p))).toList());
        }
        Image chart = BarCharts.scores(writer, PdfDocs.WIDTH, 40 + pillars.size() * 30,
                pillars.stream().map(words::name).toList(),
                List.of(new BarCharts.Series(words.get("pdf.average-of", words.group(Kind.PROVINCE)), PdfTheme.NAVY,
                        averages.get(Kind.PROVINCE)),
                        new BarCharts.Series(words.get("pdf.average-of", words.group(Kind.MINISTRY)), PdfTheme.AMBER,
                                averages.get(Kind.MINISTRY))),
                words.decimalSeparator());
        PdfTables.heading(document, writer, words.get("pdf.summary.pillars.heading", ++section),
                chart.getScaledHeight() + 20);
        document.add(chart);
        document.add(PdfTables.note(words.get("pdf.summary.pillars.note")));
    }

    // --- 5. indicators furthest behind

    private PdfPTable furthestBehind() {
        PdfPTable table = PdfTables.table(46, 14, 12, 14, 14);
        table.addCell(PdfTables.header(words.get("pdf.col.indicator")));
        table.addCell(PdfTables.header(words.get("pdf.summary.behind.col.groups")));
        table.addCell(PdfTables.headerRight(words.get("pdf.summary.behind.col.mean")));
        table.addCell(PdfTables.headerRight(words.get("pdf.summary.behind.col.achieved")));
        table.addCell(PdfTables.headerRight(words.get("pdf.summary.behind.col.not-reported")));
        for (IndicatorBehind b : report.furthestBehind(FURTHEST_BEHIND)) {
            table.addCell(PdfTables.indicator(words, b.indicator()));
            table.addCell(PdfTables.text(new Phrase(
                    b.groups().stream().map(words::group).collect(Collectors.joining(", ")), PdfTheme.regular(7.5f))));
            table.addCell(PdfTables.boldNumber(words.score(b.mean())));
            table.addCell(PdfTables.number(b.achieved() + "/" + b.units()));
            table.addCell(PdfTables.number(String.valueOf(b.notReported())));
        }
        return table;
    }

    // --- 6. not submitted

    private void notSubmitted(Document document) throws DocumentException {
        List<RankingEntry> missing = report.allNotSubmitted();
        boolean nationalMissing = report.national().score() == null;
        if (missing.isEmpty() && !nationalMissing) {
            document.add(PdfTables.paragraph(words.get("pdf.summary.missing.none"), PdfTheme.regular(PdfTables.BODY)));
            return;
        }
        PdfPTable table = PdfTables.table(26, 10, 40, 24);
        table.addCell(PdfTables.header(words.get("pdf.col.group")));
        table.addCell(PdfTables.header(words.get("pdf.col.code")));
        table.addCell(PdfTables.header(words.get("pdf.col.unit")));
        table.addCell(
                PdfTables.headerRight(words.get("pdf.col.previous-score", words.period(report.period().previous()))));
        for (RankingEntry e : missing) {
            table.addCell(PdfTables.text(words.groupTitle(e.group())));
            table.addCell(PdfTables.text(e.unit().code()));
            table.addCell(PdfTables.text(words.name(e.unit())));
            table.addCell(PdfTables.number(e.previous().overall() == null ? PdfText.NONE : previousScore(e)));
        }
        if (nationalMissing) {
            table.addCell(PdfTables.text(words.groupTitle(Kind.NATIONAL)));
            table.addCell(PdfTables.text(report.national().unit().code()));
            table.addCell(PdfTables.text(words.name(report.national().unit())));
            table.addCell(PdfTables.number(PdfText.NONE));
        }
        document.add(table);
    }

    // --- 7. data quality

    private void dataQuality(Document document) throws DocumentException {
        FileTotals totals = report.fileTotals();
        StringBuilder files = new StringBuilder(words.get("pdf.summary.quality.files", totals.files()));
        String separator = ": ";
        for (FileStatus status : FileStatus.values()) {
            if (totals.byStatus().containsKey(status)) {
                files.append(separator)
                    .append(totals.byStatus().get(status))
                    .append(' ')
                    .append(words.fileStatus(status).toLowerCase(Locale.ROOT));
                separator = "; ";
            }
        }
        document.add(PdfTables.paragraph(words.get("pdf.summary.quality.rows", files, totals.rowsRead(),
                totals.rowsAccepted(), totals.rowsRejected()), PdfTheme.regular(PdfTables.BODY)));
        document.add(PdfTables.note(words.get("pdf.summary.quality.note")));

        PeriodReport.Listed notUsed = PeriodReport.listed(report.filesNotUsed(), PdfTables.MAX_IGNORED_LISTED);
        if (!notUsed.files().isEmpty()) {
            PdfPTable table = PdfTables.table(28, 18, 54);
            table.addCell(PdfTables.header(words.get("pdf.summary.quality.col.not-used")));
            table.addCell(PdfTables.header(words.get("pdf.col.file-status")));
            table.addCell(PdfTables.header(words.get("pdf.col.reason")));
            for (FileRecord f : notUsed.files()) {
                table.addCell(PdfTables.small(f.fileName()));
                table.addCell(PdfTables.small(words.fileStatus(f.status())));
                table.addCell(PdfTables.small(words.message(f)));
            }
            document.add(table);
            if (notUsed.more() > 0) {
                document.add(PdfTables.note(words.get("pdf.ignored-more", notUsed.more())));
            }
        }

        List<FileRecord> withRejections = report.usedFilesWithRejections();
        if (!withRejections.isEmpty()) {
            PdfPTable table = PdfTables.table(10, 24, 10, 56);
            table.addCell(PdfTables.header(words.get("pdf.col.code")));
            table.addCell(PdfTables.header(words.get("pdf.summary.quality.col.with-rejections")));
            table.addCell(PdfTables.headerRight(words.get("pdf.summary.quality.col.rejected")));
            table.addCell(PdfTables.header(words.get("pdf.summary.quality.col.top-reason")));
            for (FileRecord f : withRejections) {
                RejectionDigest rejections = report.rejectionsOf(f.fileName()).orElseGet(RejectionDigest::new);
                table.addCell(PdfTables.small(f.unitCode()));
                table.addCell(PdfTables.small(f.fileName()));
                table.addCell(PdfTables.smallNumber(f.rowsRejected() + "/" + f.rowsRead()));
                table.addCell(PdfTables.small(rejections.reasons()
                    .stream()
                    .findFirst()
                    .map(top -> words.example(rejections, top.getKey()))
                    .orElse("")));
            }
            document.add(table);
        }
    }

}
