package vn.dxscorecard.report.web;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.dxscorecard.feedback.Rejection;
import vn.dxscorecard.feedback.RejectionDigest;
import vn.dxscorecard.intake.FileRecord;
import vn.dxscorecard.ranking.RankingEntry;
import vn.dxscorecard.reference.Indicator;
import vn.dxscorecard.reference.Kind;
import vn.dxscorecard.reference.Pillar;
import vn.dxscorecard.reference.RegistryUnit;
import vn.dxscorecard.report.pdf.Language;
import vn.dxscorecard.report.pdf.Sparklines;
import vn.dxscorecard.report.pdf.Words;
import vn.dxscorecard.report.web.WebPages.Cell;
import vn.dxscorecard.report.web.WebPages.Figure;
import vn.dxscorecard.report.web.WebPages.Frame;
import vn.dxscorecard.report.web.WebPages.IndicatorRow;
import vn.dxscorecard.report.web.WebPages.Link;
import vn.dxscorecard.report.web.WebPages.Spark;
import vn.dxscorecard.report.web.WebPages.Table;
import vn.dxscorecard.report.web.WebPages.Tile;
import vn.dxscorecard.results.ChangeBand;
import vn.dxscorecard.results.Lever;
import vn.dxscorecard.results.PeriodReport;
import vn.dxscorecard.results.RankRange;
import vn.dxscorecard.results.TileMap;
import vn.dxscorecard.results.Trajectory;
import vn.dxscorecard.scoring.Classification;
import vn.dxscorecard.scoring.Decimals;
import vn.dxscorecard.scoring.IndicatorResult;
import vn.dxscorecard.scoring.UnitScore;
import vn.dxscorecard.shared.Period;

/**
 * The web edition's pages of one language, built from the same report model and the same
 * words as the PDFs, so a figure on a page equals the PDF's.
 */
final class WebEdition {

    static final String FOLDER = "web";

    private static final int TILE = 44;

    private static final int SPARK_WIDTH = 80;

    private static final int SPARK_HEIGHT = 24;

    private final PeriodReport report;

    private final Words words;

    private final ZoneId zone;

    private final List<Language> pdfLanguages;

    /**
     * @param pdfLanguages the languages the PDFs are published in, which the pages link
     * to
     */
    WebEdition(PeriodReport report, Words words, ZoneId zone, List<Language> pdfLanguages) {
        this.report = report;
        this.words = words;
        this.zone = zone;
        this.pdfLanguages = pdfLanguages;
    }

    /** {@code index.html} or {@code en/index.html}, relative to {@code web/}. */
    static String index(Language language) {
        return prefix(language) + "index.html";
    }

    /**
     * {@code units/<code>.html} or {@code en/units/<code>.html}, relative to
     * {@code web/}.
     */
    static String unit(Language language, RegistryUnit unit) {
        return prefix(language) + "units/" + unit.code() + ".html";
    }

    private static String prefix(Language language) {
        return language == Language.VI ? "" : language.id() + "/";
    }

    // --- the national page

    WebPages.Index index() {
        String root = words.language() == Language.VI ? "" : "../";
        Frame frame = frame(words.get("web.index.title", words.period(report.period())), root,
                words.language() == Language.VI ? index(Language.EN) : "../" + index(Language.VI));
        List<Figure> figures = new ArrayList<>();
        for (Kind group : Kind.GROUPS) {
            figures.add(new Figure(words.group(group), words.score(report.meanOverall(group)),
                    words.get("pdf.summary.figure.group.sub", report.ranked(group).size(), report.groupSize(group))));
        }
        UnitScore national = report.national().score();
        figures.add(new Figure(words.get("pdf.summary.figure.national"),
                national == null ? "—" : words.score(national.overall()),
                national == null ? words.get("pdf.summary.figure.national.missing") : words
                    .get("pdf.summary.figure.national.sub", words.classification(national.classification()))));
        List<Table> rankings = new ArrayList<>();
        for (Kind group : Kind.GROUPS) {
            rankings.add(ranking(group));
        }
        List<String> missing = new ArrayList<>();
        report.allNotSubmitted().forEach(e -> missing.add(e.unit().code() + " " + words.name(e.unit())));
        if (national == null) {
            missing.add(report.national().unit().code() + " " + words.name(report.national().unit()));
        }
        return new WebPages.Index(frame, words.get("pdf.summary.band.title"),
                words.get("web.deadline", words.deadline(report.edition().deadline())), figures, maps(), rankings,
                words.get("pdf.summary.range.note"), nationalIndicators(), behind(), notUsed(),
                words.get("web.missing"), missing, words.get("web.downloads"), downloads(root),
                words.get("web.scorecards"), scorecards(root));
    }

    private Frame frame(String title, String root, String otherHref) {
        return new Frame(words.language().id(), title, root, otherHref, words.get("web.language.other"),
                words.edition(report.edition()),
                words.get("web.footer", report.catalogue().version(), words.date(report.generatedAt(), zone)),
                words.get("web.sort.button", "{0}"), words.get("web.sort.ascending", "{0}"),
                words.get("web.sort.descending", "{0}"));
    }

    private Table ranking(Kind group) {
        List<Pillar> pillars = report.pillarsOf(group);
        List<String> headers = new ArrayList<>(
                List.of(words.get("pdf.col.rank"), words.get("pdf.col.rank-range"), words.get("pdf.col.code"),
                        words.get("pdf.col.unit"), words.get("pdf.col.score"), words.get("pdf.col.classification")));
        pillars.forEach(p -> headers.add(p.code()));
        headers.add(words.get("pdf.col.change"));
        headers.add(words.get("pdf.col.rank-change"));
        List<Boolean> numeric = new ArrayList<>(List.of(true, true, false, false, true, false));
        pillars.forEach(p -> numeric.add(true));
        numeric.add(true);
        numeric.add(true);
        List<List<Cell>> rows = new ArrayList<>();
        List<String> links = new ArrayList<>();
        for (RankingEntry e : report.rankings().stream().filter(e -> e.group() == group).toList()) {
            List<Cell> row = new ArrayList<>();
            RankRange range = report.rankRange(e);
            row.add(e.ranked() ? new Cell(e.rank() + "/" + report.ranked(group).size(), pad(e.rank()))
                    : new Cell("—", pad(99999)));
            row.add(range == null ? new Cell("—", pad(99999))
                    : new Cell(range.min() + "–" + range.max(), pad(range.min()) + pad(range.max())));
            row.add(new Cell(e.unit().code(), e.unit().code()));
            row.add(new Cell(words.name(e.unit()), words.name(e.unit())));
            row.add(number(e.overall(), words.score(e.overall())));
            row.add(new Cell(e.ranked() ? words.classification(e.classification()) : words.get("pdf.not-submitted"),
                    e.ranked() ? String.valueOf(e.classification().ordinal()) : "9"));
            for (Pillar pillar : pillars) {
                BigDecimal score = e.ranked() ? PeriodReport.pillarScore(e.score(), pillar).orElse(null) : null;
                row.add(number(score, words.score(score)));
            }
            row.add(number(e.overallChange(), words.change(e.overallChange())
                    + (e.overallChange() != null && e.previous().estimated() ? "*" : "")));
            row.add(new Cell(words.rankChange(e.rankChange()),
                    e.rankChange() == null ? "" : String.valueOf(e.rankChange())));
            rows.add(row);
            links.add(e.ranked() ? unitFromIndex(e.unit()) : null);
        }
        return new Table(words.get("web.ranking", words.groupTitle(group)), headers, numeric, rows, links);
    }

    private String unitFromIndex(RegistryUnit unit) {
        return "units/" + unit.code() + ".html";
    }

    private static String pad(int value) {
        return String.format("%06d", value);
    }

    /** A number's cell: sorts by the exact figure shown, empty last. */
    private static Cell number(BigDecimal value, String text) {
        return new Cell(text, value == null ? "" : Decimals.round(value).toPlainString());
    }

    private List<WebPages.TileMap> maps() {
        Optional<TileMap> map = report.map();
        if (map.isEmpty()) {
            return List.of();
        }
        TileMap m = map.get();
        List<Tile> byClass = new ArrayList<>();
        List<Tile> byChange = new ArrayList<>();
        for (TileMap.Placed p : m.tiles()) {
            RankingEntry e = p.entry();
            int x = p.tile().col() * TILE;
            int y = p.tile().row() * TILE;
            String name = words.shortName(e.unit());
            String href = e.ranked() ? unitFromIndex(e.unit()) : null;
            byClass.add(new Tile(x, y, TILE - 2, TILE - 2, name, e.ranked() ? words.score(e.overall()) : "—",
                    e.ranked() ? "c-" + e.classification().name() : "none",
                    e.ranked() && e.classification() == Classification.GOOD, href));
            ChangeBand band = p.changeBand();
            byChange.add(new Tile(x, y, TILE - 2, TILE - 2, name, words.change(e.overallChange()),
                    band == null ? "none" : "b-" + band.name(), band == ChangeBand.RISE_LARGE, href));
        }
        List<Link> classes = new ArrayList<>();
        for (Classification c : Classification.values()) {
            classes.add(new Link("c-" + c.name(), words.classification(c)));
        }
        classes.add(new Link("none", words.get("pdf.not-submitted")));
        List<Link> bands = new ArrayList<>();
        for (ChangeBand band : ChangeBand.values()) {
            bands.add(new Link("b-" + band.name(), words.get(band.key())));
        }
        bands.add(new Link("none", words.get("pdf.summary.map.no-change")));
        int width = m.cols() * TILE;
        int height = m.rows() * TILE;
        return List.of(
                new WebPages.TileMap(words.get("pdf.summary.map.class"), words.get("pdf.summary.map.note"), width,
                        height, byClass, classes),
                new WebPages.TileMap(words.get("pdf.summary.map.change", words.period(report.period().previous())),
                        words.get("pdf.summary.map.note"), width, height, byChange, bands));
    }

    private Table nationalIndicators() {
        UnitScore national = report.national().score();
        List<List<Cell>> rows = new ArrayList<>();
        int year = report.period().year();
        for (Indicator indicator : report.catalogue().applicableTo(Kind.NATIONAL)) {
            IndicatorResult r = national == null ? null
                    : national.indicators()
                        .stream()
                        .filter(x -> x.indicator().code().equals(indicator.code()))
                        .findFirst()
                        .orElse(null);
            rows.add(
                    List.of(new Cell(words.name(indicator), indicator.code()),
                            new Cell(r == null ? "—" : words.value(r), ""),
                            new Cell(indicator.target(year).map(t -> words.quantity(indicator.unit(), t)).orElse("—"),
                                    ""),
                            new Cell(r == null ? "—" : words.milestone(r), ""),
                            r == null || !r.scored() ? new Cell("—", "") : number(r.score(), words.score(r.score())),
                            new Cell(r == null ? words.get("pdf.not-submitted") : words.status(r.status()), "")));
        }
        return new Table(words.get("web.national"),
                List.of(words.get("pdf.col.indicator"), words.get("pdf.col.value"), words.get("pdf.col.target", year),
                        words.get("pdf.col.milestone", report.period().quarter()), words.get("pdf.col.score"),
                        words.get("pdf.col.status")),
                List.of(false, true, true, true, true, false), rows, null);
    }

    private Table behind() {
        List<List<Cell>> rows = new ArrayList<>();
        for (PeriodReport.IndicatorBehind b : report.furthestBehind(5)) {
            rows.add(List.of(new Cell(words.name(b.indicator()), b.indicator().code()),
                    new Cell(String.join(", ", b.groups().stream().map(words::group).toList()), ""),
                    number(b.mean(), words.score(b.mean())), new Cell(b.achieved() + "/" + b.units(), ""),
                    new Cell(String.valueOf(b.notReported()), String.valueOf(b.notReported()))));
        }
        return new Table(words.get("web.behind"),
                List.of(words.get("pdf.col.indicator"), words.get("pdf.summary.behind.col.groups"),
                        words.get("pdf.summary.behind.col.mean"), words.get("pdf.summary.behind.col.achieved"),
                        words.get("pdf.summary.behind.col.not-reported")),
                List.of(false, false, true, true, true), rows, null);
    }

    /**
     * The files that were not used, as the summary lists them: what a sender named them
     * shows as text.
     */
    private Table notUsed() {
        List<List<Cell>> rows = new ArrayList<>();
        for (FileRecord f : PeriodReport.listed(report.filesNotUsed(), 20).files()) {
            rows.add(List.of(new Cell(f.fileName(), f.fileName()), new Cell(words.fileStatus(f.status()), ""),
                    new Cell(words.message(f), "")));
        }
        return new Table(words.get("pdf.summary.quality.col.not-used"),
                List.of(words.get("pdf.col.file"), words.get("pdf.col.file-status"), words.get("pdf.col.reason")),
                List.of(false, false, false), rows, null);
    }

    private List<Link> downloads(String root) {
        String up = root + "../";
        List<Link> links = new ArrayList<>();
        links.add(new Link(up + Language.VI.summary(), words.get("web.download.summary", "Tiếng Việt")));
        if (pdfLanguages.contains(Language.EN)) {
            links.add(new Link(up + Language.EN.summary(), words.get("web.download.summary", "English")));
        }
        for (String csv : List.of("rankings.csv", "scores.csv", "history.csv", "editions.csv", "validation/files.csv",
                "validation/rejections.csv")) {
            links.add(new Link(up + csv, csv));
        }
        // validation/<code>.csv: one per unit that sent a file (ValidationReportWriter).
        report.files()
            .stream()
            .map(FileRecord::unitCode)
            .filter(code -> code != null)
            .distinct()
            .sorted()
            .forEach(code -> links.add(new Link(up + "validation/" + code + ".csv", "validation/" + code + ".csv")));
        return links;
    }

    private List<Link> scorecards(String root) {
        List<Link> links = new ArrayList<>();
        for (RankingEntry e : report.rankings()) {
            if (e.ranked()) {
                links.add(new Link(root + "../" + pdf(e.unit()), e.unit().code() + " " + words.name(e.unit())));
            }
        }
        return links;
    }

    /**
     * The unit's scorecard in this language when it is published, else the Vietnamese
     * one.
     */
    private String pdf(RegistryUnit unit) {
        Language language = pdfLanguages.contains(words.language()) ? words.language() : Language.VI;
        return language.scorecard(unit).toString().replace('\\', '/');
    }

    // --- a unit's page

    WebPages.Unit unit(RankingEntry entry) {
        String root = words.language() == Language.VI ? "../" : "../../";
        // From units/ to en/units/ and back.
        String other = words.language() == Language.VI ? "../" + unit(Language.EN, entry.unit())
                : "../../" + unit(Language.VI, entry.unit());
        UnitScore score = entry.score();
        Frame frame = frame(words.name(entry.unit()) + " · " + words.period(report.period()), root, other);
        int ranked = report.ranked(entry.group()).size();
        RankRange range = report.rankRange(entry);
        String rangeText = words.rankRange(entry.rank(), ranked, range);
        List<Figure> figures = List.of(
                new Figure(words.get("pdf.scorecard.figure.overall"), words.score(entry.overall()),
                        words.get("pdf.scorecard.figure.overall.sub")),
                new Figure(words.get("pdf.scorecard.figure.classification"),
                        words.classification(entry.classification()), words.classes()),
                new Figure(words.get("pdf.scorecard.figure.rank"), entry.rank() + "/" + ranked, rangeText),
                new Figure(words.get("pdf.scorecard.figure.change", words.period(report.period().previous())),
                        words.change(entry.overallChange()),
                        entry.previous().overall() == null ? ""
                                : words.get("pdf.scorecard.figure.change.previous",
                                        words.score(entry.previous().overall()))
                                        + (entry.previous().estimated() ? ", " + words.estimated() : "")));
        List<List<Cell>> pillarRows = new ArrayList<>();
        for (Pillar pillar : report.pillarsOf(entry.group())) {
            BigDecimal own = PeriodReport.pillarScore(score, pillar).orElse(null);
            BigDecimal average = report.pillarAverage(entry.group(), pillar);
            pillarRows.add(List.of(new Cell(words.name(pillar), pillar.code()), number(own, words.score(own)),
                    number(average, words.score(average))));
        }
        Table pillars = new Table(words.get("pdf.scorecard.pillars.heading"),
                List.of(words.get("web.pillar"), words.name(entry.unit()),
                        words.get("pdf.average-of", words.group(entry.group()))),
                List.of(false, true, true), pillarRows, null);
        List<List<Cell>> leverRows = new ArrayList<>();
        for (Lever lever : PeriodReport.levers(score)) {
            IndicatorResult r = lever.result();
            leverRows.add(List.of(new Cell(words.name(r.indicator()), r.indicator().code()),
                    new Cell(words.value(r), ""), new Cell(words.quantity(r.indicator().unit(), r.target()), ""),
                    number(r.score(), words.score(r.score())),
                    new Cell(words.get("pdf.gain", words.score(lever.gain())), lever.gain().toPlainString())));
        }
        Table levers = new Table(words.get("pdf.scorecard.levers.heading"),
                List.of(words.get("pdf.col.indicator"), words.get("pdf.col.value"),
                        words.get("pdf.col.target", report.period().year()), words.get("pdf.col.score"),
                        words.get("pdf.col.gain")),
                List.of(false, true, true, true, true), leverRows, null);
        Map<String, Trajectory> trajectories = report.trajectories(score);
        List<IndicatorRow> indicators = new ArrayList<>();
        for (IndicatorResult r : score.indicators()) {
            Trajectory t = trajectories.get(r.indicator().code());
            indicators.add(new IndicatorRow(words.name(r.indicator()), r.indicator().code(), words.value(r),
                    r.target() == null ? "—" : words.quantity(r.indicator().unit(), r.target()), words.milestone(r),
                    r.scored() ? words.score(r.score()) : "—", words.status(r.status()), "s-" + r.status().name(),
                    words.change(entry.previous().indicatorChange(r)), t == null ? null : spark(r, t),
                    t == null || t.projected() == null ? "—"
                            : words.get(t.onCourse() ? "pdf.projection.yes" : "pdf.projection.no") + " · "
                                    + words.quantity(r.indicator().unit(), t.projected())));
        }
        Period period = report.period();
        List<String> headers = List.of(words.get("pdf.col.indicator"), words.get("pdf.col.code"),
                words.get("pdf.col.value"), words.get("pdf.col.target", period.year()),
                words.get("pdf.col.milestone", period.quarter()), words.get("pdf.col.score"),
                words.get("pdf.col.status"), words.get("pdf.col.trend"), words.get("pdf.col.trajectory", period.year()),
                words.get("pdf.col.projection"));
        return new WebPages.Unit(frame, words.name(entry.unit()),
                words.get("pdf.scorecard.band.unit", entry.unit().code(), words.groupTitle(entry.group())),
                new Link("../index.html", words.get("pdf.summary.band.title")), figures, rangeText, pillars, levers,
                words.get("pdf.scorecard.levers.note", period.year()), words.get("pdf.scorecard.detail.heading"),
                headers, indicators, words.get("pdf.scorecard.trajectory.legend", report.period().year()),
                files(entry.unit()), rejections(entry.unit()),
                new Link(root + "../" + pdf(entry.unit()), words.get("web.download.scorecard")));
    }

    /** The line of {@link Sparklines} in SVG, on its scale: better is up. */
    private Spark spark(IndicatorResult r, Trajectory t) {
        Sparklines.Scale scale = Sparklines.Scale.of(t, r.indicator().direction());
        List<int[]> dots = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        StringBuilder description = new StringBuilder();
        for (int q = 1; q <= t.points().size(); q++) {
            BigDecimal v = t.points().get(q - 1);
            description.append(description.isEmpty() ? "" : "; ")
                .append("Q")
                .append(q)
                .append(": ")
                .append(v == null ? "—" : words.quantity(r.indicator().unit(), v));
            if (v != null) {
                int[] dot = { x(q), y(scale, v) };
                dots.add(dot);
                line.append(line.isEmpty() ? "" : " ").append(dot[0]).append(',').append(dot[1]);
            }
        }
        description.append("; ")
            .append(words.get("pdf.col.target", report.period().year()))
            .append(": ")
            .append(words.quantity(r.indicator().unit(), t.target()));
        String projection = null;
        if (t.projected() != null && !dots.isEmpty()) {
            int[] last = dots.getLast();
            projection = last[0] + "," + last[1] + " " + x(4) + "," + y(scale, t.projected());
        }
        int target = y(scale, t.target());
        return new Spark(description.toString(), "2," + target + " " + (SPARK_WIDTH - 2) + "," + target,
                line.toString(), dots, projection);
    }

    private static int x(int quarter) {
        return 4 + (quarter - 1) * (SPARK_WIDTH - 8) / 3;
    }

    private static int y(Sparklines.Scale scale, BigDecimal value) {
        return (int) Math.round(SPARK_HEIGHT - 3 - scale.height(value) * (SPARK_HEIGHT - 6));
    }

    private Table files(RegistryUnit unit) {
        List<List<Cell>> rows = new ArrayList<>();
        for (FileRecord f : PeriodReport.listed(report.filesOf(unit.code()), 20).files()) {
            rows.add(List.of(new Cell(f.fileName(), f.fileName()), new Cell(words.fileStatus(f.status()), ""),
                    new Cell(String.valueOf(f.rowsRead()), pad((int) f.rowsRead())),
                    new Cell(String.valueOf(f.rowsAccepted()), pad((int) f.rowsAccepted())),
                    new Cell(String.valueOf(f.rowsRejected()), pad((int) f.rowsRejected()))));
        }
        return new Table(words.get("pdf.scorecard.quality.heading"),
                List.of(words.get("pdf.scorecard.col.file-received"), words.get("pdf.col.file-status"),
                        words.get("pdf.scorecard.col.rows"), words.get("pdf.scorecard.col.accepted"),
                        words.get("pdf.scorecard.col.rejected")),
                List.of(false, false, true, true, true), rows, null);
    }

    private Table rejections(RegistryUnit unit) {
        List<List<Cell>> rows = new ArrayList<>();
        report.rejectionsOfUnit(unit.code())
            .stream()
            .flatMap(d -> d.first().stream())
            .limit(RejectionDigest.KEPT)
            .forEach((Rejection r) -> rows.add(List.of(new Cell(r.fileName(), r.fileName()),
                    new Cell(r.line() == null ? "—" : r.line().toString(),
                            r.line() == null ? "" : pad(r.line().intValue())),
                    new Cell(r.column() == null ? "—" : r.column(), ""),
                    new Cell(r.value() == null ? "" : r.value(), ""), new Cell(words.message(r), ""))));
        return new Table(words.get("web.rejections"),
                List.of(words.get("pdf.col.file"), words.get("pdf.col.line"), words.get("pdf.col.column"),
                        words.get("pdf.col.value"), words.get("pdf.col.reason")),
                List.of(false, true, false, false, false), rows, null);
    }

}
