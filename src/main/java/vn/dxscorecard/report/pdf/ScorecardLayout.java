package vn.dxscorecard.report.pdf;

import java.awt.Color;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Image;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

import vn.dxscorecard.feedback.ErrorCode;
import vn.dxscorecard.feedback.Rejection;
import vn.dxscorecard.feedback.RejectionDigest;
import vn.dxscorecard.intake.FileRecord;
import vn.dxscorecard.ranking.PreviousFigures;
import vn.dxscorecard.ranking.RankingEntry;
import vn.dxscorecard.reference.Indicator;
import vn.dxscorecard.reference.Pillar;
import vn.dxscorecard.results.Lever;
import vn.dxscorecard.results.PeriodReport;
import vn.dxscorecard.results.Trajectory;
import vn.dxscorecard.scoring.Decimals;
import vn.dxscorecard.scoring.IndicatorResult;
import vn.dxscorecard.scoring.UnitScore;
import vn.dxscorecard.shared.Period;

/**
 * One unit's scorecard (SPEC §6). Page 1 is what a leader reads: score, class, rank of N,
 * and how firm it is, change since last quarter, pillars against the group average, the
 * three weakest indicators and the three that would raise the score most. Then every
 * indicator with its path through the year, then data quality.
 */
final class ScorecardLayout {

    static final int WEAKEST = 3;

    /**
     * The type of the indicator names and statuses on page 2: small enough for every
     * indicator with its path on one page.
     */
    private static final float DENSE = 7;

    /** The levers' table with its note: kept on one page. */
    private static final float LEVERS_HEIGHT = 130;

    private final PeriodReport report;

    private final RankingEntry entry;

    private final UnitScore score;

    private final PreviousFigures previous;

    private final Words words;

    private final ZoneId zone;

    ScorecardLayout(PeriodReport report, RankingEntry entry, Words words, ZoneId zone) {
        this.report = report;
        this.entry = entry;
        this.score = entry.score();
        this.previous = entry.previous();
        this.words = words;
        this.zone = zone;
    }

    PdfDocs.Meta meta(String id) {
        String period = words.period(report.period());
        String name = words.name(entry.unit());
        return new PdfDocs.Meta(words.get("pdf.scorecard.title", period, name),
                words.get("pdf.scorecard.subject", name, entry.unit().code(), period),
                words.get("pdf.scorecard.footer", name, period, report.catalogue().version(),
                        words.date(report.generatedAt(), zone)),
                id,
                new ArchivalMetadata.Provenance(entry.unit().code(), name, report.period().toString(),
                        report.edition().number(), words.edition(report.edition()), report.catalogue().version()),
                report.generatedAt(), zone);
    }

    void render(Document document, PdfWriter writer) throws DocumentException {
        document.add(PdfTables.titleBand(
                words.get("pdf.scorecard.band", words.period(report.period()).toUpperCase(Locale.ROOT)),
                words.name(entry.unit()),
                words.get("pdf.scorecard.band.unit", entry.unit().code(), words.groupTitle(entry.group())),
                words.edition(report.edition()), !report.edition().status().settled()));
        document.add(keyFigures());
        document.add(PdfTables.note(words.get("pdf.scorecard.range.line", rankWithRange())));
        if (previous.estimated() && !previous.sources().isEmpty()) {
            document.add(PdfTables.note(estimateNote()));
        }
        Optional<PdfPTable> rejectedFile = allRowsRejected();
        if (rejectedFile.isPresent()) {
            document.add(rejectedFile.get());
        }
        document.add(PdfTables.heading(words.get("pdf.scorecard.pillars.heading")));
        document.add(PdfTables.note(words.get("pdf.scorecard.pillars.note", report.ranked(entry.group()).size(),
                words.group(entry.group()), words.period(report.period()))));
        document.add(pillarChart(writer));
        PdfTables.heading(document, writer, words.get("pdf.scorecard.weakest.heading"), 90);
        document.add(weakest());
        PdfTables.heading(document, writer, words.get("pdf.scorecard.levers.heading"), LEVERS_HEIGHT);
        levers(document);
        // The detail starts page 2, unless page 1 ran over (a box about rejected rows):
        // then it follows the levers rather than leave a page almost empty.
        if (writer.getPageNumber() == 1) {
            document.newPage();
        }
        document.add(PdfTables.heading(words.get("pdf.scorecard.detail.heading")));
        document.add(indicators(writer));
        document.add(PdfTables.note(words.get("pdf.scorecard.legend", words.period(report.period().previous()),
                words.estimated(), report.catalogue().version())));
        document.add(PdfTables.note(words.get("pdf.scorecard.trajectory.legend", report.period().year())));
        PdfTables.heading(document, writer, words.get("pdf.scorecard.quality.heading"), 70);
        dataQuality(document);
    }

    // --- page 1

    private PdfPTable keyFigures() {
        PdfPTable table = PdfTables.figures(4);
        int ranked = report.ranked(entry.group()).size();
        table.addCell(figure(words.get("pdf.scorecard.figure.overall"), words.score(entry.overall()), PdfTheme.INK,
                words.get("pdf.scorecard.figure.overall.sub")));
        table.addCell(figure(words.get("pdf.scorecard.figure.classification"),
                words.classification(entry.classification()), PdfTheme.color(entry.classification()), words.classes()));
        String among = words.get("pdf.scorecard.figure.rank.sub", ranked, words.group(entry.group()));
        table.addCell(figure(words.get("pdf.scorecard.figure.rank"), entry.rank() + "/" + ranked, PdfTheme.INK,
                report.sharesRank(entry) ? words.get("pdf.scorecard.figure.rank.shared", among) : among));
        table.addCell(change());
        return table;
    }

    /**
     * SPEC §6: "21/33, từ 18 đến 24 khi bỏ lần lượt từng trụ cột", shorter when the range
     * is the rank alone.
     */
    private String rankWithRange() {
        return words.rankRange(entry.rank(), report.ranked(entry.group()).size(), report.rankRange(entry));
    }

    private PdfPCell change() {
        String before = words.period(report.period().previous());
        String label = words.get("pdf.scorecard.figure.change", before.toUpperCase(Locale.ROOT));
        BigDecimal change = entry.overallChange();
        if (change == null) {
            return figure(label, PdfText.NONE, PdfTheme.INK, words.get("pdf.scorecard.figure.change.none", before));
        }
        StringBuilder sub = new StringBuilder(
                words.get("pdf.scorecard.figure.change.previous", words.score(previous.overall())));
        if (previous.estimated()) {
            sub.append(", ").append(words.estimated());
        }
        if (entry.rankChange() != null) {
            sub.append("\n")
                .append(words.get("pdf.scorecard.figure.change.rank", words.rankChange(entry.rankChange()),
                        previous.rank()));
        }
        return figure(label, words.get("pdf.points", words.change(change)), PdfTheme.sign(change.signum()),
                sub.toString());
    }

    /**
     * Which rows the estimate comes from, with their figures, so a reader can check the
     * arithmetic.
     */
    private String estimateNote() {
        List<String> parts = previous.sources()
            .stream()
            .map(s -> s.unit().code() + " " + words.name(s.unit()) + " (" + words.score(s.overall()) + ")")
            .toList();
        String before = words.period(report.period().previous());
        return parts.size() == 1 ? words.get("pdf.scorecard.estimate.one", before, words.estimated(), parts.getFirst())
                : words.get("pdf.scorecard.estimate.many", before, words.estimated(),
                        String.join(", ", parts.subList(0, parts.size() - 1)), parts.getLast());
    }

    private static PdfPCell figure(String label, String value, Color valueColor, String sub) {
        return PdfTables.figure(label, value, PdfTheme.bold(value.length() > 10 ? 15 : 20, valueColor), sub);
    }

    /**
     * SPEC §5: a file whose every row was rejected still counts as submitted; the
     * scorecard must say why.
     */
    private Optional<PdfPTable> allRowsRejected() {
        Optional<FileRecord> file = report.everyRowRejected(entry.unit().code());
        if (file.isEmpty()) {
            return Optional.empty();
        }
        FileRecord f = file.get();
        RejectionDigest rejections = report.rejectionsOf(f.fileName()).orElseGet(RejectionDigest::new);
        Phrase phrase = new Phrase();
        phrase.add(new Chunk(words.get("pdf.scorecard.all-rejected", f.rowsRead(), f.fileName()),
                PdfTheme.bold(9, PdfTheme.RED)));
        phrase.add(new Chunk("\n" + words.get("pdf.scorecard.all-rejected.why"), PdfTheme.regular(8)));
        for (Map.Entry<ErrorCode, Long> reason : rejections.reasons()) {
            phrase.add(new Chunk("\n" + words.get("pdf.scorecard.all-rejected.reason", reason.getValue(),
                    words.example(rejections, reason.getKey())), PdfTheme.regular(8)));
        }
        phrase
            .add(new Chunk("\n" + words.get("pdf.scorecard.all-rejected.list", rejectionFile()), PdfTheme.regular(8)));
        PdfPTable box = new PdfPTable(1);
        box.setWidthPercentage(100);
        box.setSpacingBefore(4);
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBackgroundColor(PdfTheme.WARNING_FILL);
        cell.setBorder(Rectangle.LEFT);
        cell.setBorderColor(PdfTheme.RED);
        cell.setBorderWidthLeft(2);
        cell.setPadding(8);
        cell.setLeading(0, 1.35f);
        box.addCell(cell);
        return Optional.of(box);
    }

    private Image pillarChart(PdfWriter writer) throws DocumentException {
        List<Pillar> pillars = report.pillarsOf(entry.group());
        List<String> names = pillars.stream().map(words::name).toList();
        List<BigDecimal> unit = new ArrayList<>();
        List<BigDecimal> average = new ArrayList<>();
        for (Pillar pillar : pillars) {
            unit.add(PeriodReport.pillarScore(score, pillar).map(Decimals::round).orElse(null));
            average.add(Decimals.round(report.pillarAverage(entry.group(), pillar)));
        }
        // Low enough to leave page 1 room for the weakest indicators and the levers.
        float height = 28 + pillars.size() * 22;
        Image chart = BarCharts.scores(writer, PdfDocs.WIDTH, height, names,
                List.of(new BarCharts.Series(words.name(entry.unit()), PdfTheme.NAVY, unit), new BarCharts.Series(
                        words.get("pdf.average-of", words.group(entry.group())), PdfTheme.AVERAGE, average)),
                words.decimalSeparator());
        chart.setSpacingAfter(4);
        return chart;
    }

    private PdfPTable weakest() {
        int year = report.period().year();
        PdfPTable table = PdfTables.table(46, 13, 13, 11, 17);
        table.addCell(PdfTables.header(words.get("pdf.col.indicator")));
        table.addCell(PdfTables.headerRight(words.get("pdf.col.value")));
        table.addCell(PdfTables.headerRight(words.get("pdf.col.target", year)));
        table.addCell(PdfTables.headerRight(words.get("pdf.col.score")));
        table.addCell(PdfTables.header(words.get("pdf.col.status")));
        for (IndicatorResult r : PeriodReport.weakest(score, WEAKEST)) {
            table.addCell(PdfTables.indicator(words, r.indicator()));
            table.addCell(PdfTables.number(words.value(r)));
            table.addCell(PdfTables.number(target(r)));
            table.addCell(PdfTables.boldNumber(words.score(r.score())));
            table.addCell(PdfTables.status(words, r.status()));
        }
        return table;
    }

    /**
     * The three largest gains if met (SPEC §5), each as "+x,xx điểm nếu đạt mục tiêu".
     */
    private void levers(Document document) throws DocumentException {
        List<Lever> levers = PeriodReport.levers(score);
        if (levers.isEmpty()) {
            document.add(PdfTables.paragraph(words.get("pdf.scorecard.levers.none"), PdfTheme.regular(PdfTables.BODY)));
            return;
        }
        PdfPTable table = PdfTables.table(44, 12, 12, 9, 23);
        table.addCell(PdfTables.header(words.get("pdf.col.indicator")));
        table.addCell(PdfTables.headerRight(words.get("pdf.col.value")));
        table.addCell(PdfTables.headerRight(words.get("pdf.col.target", report.period().year())));
        table.addCell(PdfTables.headerRight(words.get("pdf.col.score")));
        table.addCell(PdfTables.headerRight(words.get("pdf.col.gain")));
        for (Lever lever : levers) {
            IndicatorResult r = lever.result();
            table.addCell(PdfTables.indicator(words, r.indicator()));
            table.addCell(PdfTables.number(words.value(r)));
            table.addCell(PdfTables.number(target(r)));
            table.addCell(PdfTables.number(words.score(r.score())));
            table.addCell(PdfTables.label(words.get("pdf.gain", words.score(lever.gain())), PdfTheme.GREEN));
        }
        document.add(table);
        document.add(PdfTables.note(words.get("pdf.scorecard.levers.note", report.period().year())));
    }

    // --- detail

    private PdfPTable indicators(PdfWriter writer) throws DocumentException {
        Period period = report.period();
        Map<String, Trajectory> trajectories = report.trajectories(score);
        PdfPTable table = PdfTables.table(29, 7.5f, 8, 7, 6.5f, 10.5f, 7, 10.5f, 14);
        table.addCell(PdfTables.header(words.get("pdf.col.indicator")));
        table.addCell(PdfTables.headerRight(words.get("pdf.col.value")));
        table.addCell(PdfTables.headerRight(words.get("pdf.col.target", period.year())));
        table.addCell(PdfTables.headerRight(words.get("pdf.col.milestone", period.quarter())));
        table.addCell(PdfTables.headerRight(words.get("pdf.col.score")));
        table.addCell(PdfTables.header(words.get("pdf.col.status")));
        table.addCell(PdfTables.headerRight(words.get("pdf.col.trend")));
        table.addCell(PdfTables.header(words.get("pdf.col.trajectory", period.year())));
        table.addCell(PdfTables.header(words.get("pdf.col.projection")));
        for (Pillar pillar : report.catalogue().pillars()) {
            List<IndicatorResult> results = score.indicators()
                .stream()
                .filter(r -> r.indicator().pillar().equals(pillar.code()))
                .toList();
            if (results.isEmpty()) {
                continue;
            }
            table.addCell(PdfTables.band(pillarTitle(pillar), 9));
            for (IndicatorResult r : results) {
                table.addCell(PdfTables.indicator(words, r.indicator(), DENSE));
                table.addCell(PdfTables.number(words.value(r)));
                table.addCell(PdfTables.number(target(r)));
                table.addCell(PdfTables.number(words.milestone(r)));
                table.addCell(PdfTables.boldNumber(r.scored() ? words.score(r.score()) : PdfText.NONE));
                table.addCell(PdfTables.label(words.status(r.status()), PdfTheme.color(r.status()), DENSE));
                table.addCell(
                        PdfTables.change(words, previous.indicatorChange(r), previous.estimated(), PdfTables.BODY));
                Trajectory trajectory = trajectories.get(r.indicator().code());
                table.addCell(trajectory == null ? PdfTables.text(PdfText.NONE)
                        : PdfTables.image(Sparklines.of(writer, trajectory, r.indicator().direction())));
                table.addCell(projection(r, trajectory));
            }
        }
        return table;
    }

    /** "Dự kiến đạt" / "Dự kiến không đạt" with the projected value; none in Q4. */
    private PdfPCell projection(IndicatorResult r, Trajectory trajectory) {
        if (trajectory == null || trajectory.projected() == null) {
            return PdfTables.text(new Phrase(PdfText.NONE, PdfTheme.regular(PdfTables.SMALL_TABLE)));
        }
        Phrase phrase = new Phrase();
        phrase.add(new Chunk(words.get(trajectory.onCourse() ? "pdf.projection.yes" : "pdf.projection.no"),
                PdfTheme.bold(6.5f, trajectory.onCourse() ? PdfTheme.GREEN : PdfTheme.AMBER)));
        phrase.add(
                new Chunk("\n" + words.quantity(r.indicator().unit(), trajectory.projected()), PdfTheme.regular(6.5f)));
        return PdfTables.text(phrase);
    }

    private Phrase pillarTitle(Pillar pillar) {
        Phrase phrase = new Phrase();
        phrase.add(new Chunk(words.name(pillar), PdfTheme.bold(8.5f, PdfTheme.NAVY)));
        String detail = PeriodReport.pillarScore(score, pillar)
            .map(s -> words.get("pdf.scorecard.pillar.scored", words.score(s), words.group(entry.group()),
                    words.score(report.pillarAverage(entry.group(), pillar))))
            .orElse(words.get("pdf.scorecard.pillar.unscored", report.period().year()));
        phrase.add(new Chunk("   " + detail, PdfTheme.regular(7.5f, PdfTheme.MUTED)));
        return phrase;
    }

    private String target(IndicatorResult r) {
        Indicator indicator = r.indicator();
        if (r.target() == null) {
            return PdfText.NONE;
        }
        return words.quantity(indicator.unit(), r.target()) + (indicator.targetAssumed() ? " †" : "");
    }

    // --- data quality

    private void dataQuality(Document document) throws DocumentException {
        String code = entry.unit().code();
        Optional<FileRecord> counting = report.countingFile(code);
        if (counting.isPresent()) {
            FileRecord f = counting.get();
            document.add(PdfTables.paragraph(words.get("pdf.scorecard.counting-file", f.fileName(), f.rowsRead(),
                    f.rowsAccepted(), f.rowsRejected()), PdfTheme.regular(PdfTables.BODY)));
        }
        PdfPTable files = PdfTables.table(40, 30, 10, 10, 10);
        files.addCell(PdfTables.header(words.get("pdf.scorecard.col.file-received")));
        files.addCell(PdfTables.header(words.get("pdf.col.file-status")));
        files.addCell(PdfTables.headerRight(words.get("pdf.scorecard.col.rows")));
        files.addCell(PdfTables.headerRight(words.get("pdf.scorecard.col.accepted")));
        files.addCell(PdfTables.headerRight(words.get("pdf.scorecard.col.rejected")));
        PeriodReport.Listed listed = PeriodReport.listed(report.filesOf(code), PdfTables.MAX_IGNORED_LISTED);
        for (FileRecord f : listed.files()) {
            files.addCell(PdfTables.text(f.fileName()));
            files.addCell(PdfTables.text(words.fileStatus(f.status())));
            files.addCell(PdfTables.number(String.valueOf(f.rowsRead())));
            files.addCell(PdfTables.number(String.valueOf(f.rowsAccepted())));
            files.addCell(PdfTables.number(String.valueOf(f.rowsRejected())));
        }
        document.add(files);
        if (listed.more() > 0) {
            document.add(PdfTables.note(words.get("pdf.ignored-more", listed.more())));
        }

        List<RejectionDigest> digests = report.rejectionsOfUnit(code);
        long total = digests.stream().mapToLong(RejectionDigest::count).sum();
        if (total == 0) {
            document
                .add(PdfTables.paragraph(words.get("pdf.scorecard.no-rejections"), PdfTheme.regular(PdfTables.BODY)));
            return;
        }
        // Each digest keeps its file's first rejections, so together they hold the unit's
        // first ones in order.
        List<Rejection> rejections = digests.stream()
            .flatMap(d -> d.first().stream())
            .limit(RejectionDigest.KEPT)
            .toList();
        String more = total > RejectionDigest.KEPT
                ? words.get("pdf.scorecard.rejections.more", total - RejectionDigest.KEPT) : "";
        document.add(PdfTables.note(words.get("pdf.scorecard.rejections.note", rejectionFile(), more)));
        PdfPTable table = PdfTables.table(22, 7, 15, 12, 44);
        table.addCell(PdfTables.header(words.get("pdf.col.file")));
        table.addCell(PdfTables.headerRight(words.get("pdf.col.line")));
        table.addCell(PdfTables.header(words.get("pdf.col.column")));
        table.addCell(PdfTables.header(words.get("pdf.col.value")));
        table.addCell(PdfTables.header(words.get("pdf.col.reason")));
        for (Rejection r : rejections) {
            table.addCell(PdfTables.text(new Phrase(r.fileName(), PdfTheme.regular(7))));
            table.addCell(PdfTables.number(r.line() == null ? PdfText.NONE : r.line().toString()));
            table.addCell(
                    PdfTables.text(new Phrase(r.column() == null ? PdfText.NONE : r.column(), PdfTheme.regular(7))));
            table.addCell(PdfTables.text(new Phrase(r.value() == null ? "" : r.value(), PdfTheme.regular(7))));
            table.addCell(PdfTables.text(new Phrase(words.message(r), PdfTheme.regular(7))));
        }
        document.add(table);
    }

    private String rejectionFile() {
        return "validation/" + entry.unit().code() + ".csv";
    }

}
