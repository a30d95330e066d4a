package vn.dxscorecard.report.web;

import java.util.List;

/**
 * What the web edition's pages show, every figure already written as the PDFs write it
 * (by {@link vn.dxscorecard.report.pdf.Words}): the templates only place and escape.
 */
public final class WebPages {

    private WebPages() {
    }

    /** The frame of every page: its language, where the other language's page is. */
    public record Frame(String lang, String title, String root, String otherLanguageHref, String otherLanguageName,
            String editionLabel, String footer, String sortButton, String sortAscending, String sortDescending) {
    }

    public record Link(String href, String label) {
    }

    /** A table cell: its text and the value it sorts by. */
    public record Cell(String text, String sort) {
    }

    public record Table(String caption, List<String> headers, List<Boolean> numeric, List<List<Cell>> rows,
            List<String> rowLinks) {
    }

    /** {@code dark}: the fill is dark enough for white text. */
    public record Tile(int x, int y, int width, int height, String name, String figure, String fillClass, boolean dark,
            String href) {
    }

    public record TileMap(String title, String description, int width, int height, List<Tile> tiles,
            List<Link> legend) {
    }

    /** A small line of one indicator through the year, in SVG coordinates. */
    public record Spark(String description, String target, String line, List<int[]> dots, String projection) {
    }

    public record IndicatorRow(String name, String code, String value, String target, String milestone, String score,
            String status, String statusClass, String trend, Spark spark, String projection) {
    }

    public record Index(Frame frame, String heading, String deadline, List<Figure> figures, List<TileMap> maps,
            List<Table> rankings, String rangeNote, Table national, Table behind, Table notUsed, String missingHeading,
            List<String> notSubmitted, String downloadsHeading, List<Link> downloads, String scorecardsHeading,
            List<Link> scorecards) {
    }

    /** A key figure: label, value, a line of detail. */
    public record Figure(String label, String value, String detail) {
    }

    public record Unit(Frame frame, String name, String detail, Link national, List<Figure> figures, String rangeText,
            Table pillars, Table levers, String leversNote, String indicatorsCaption, List<String> indicatorHeaders,
            List<IndicatorRow> indicators, String legend, Table files, Table rejections, Link pdf) {
    }

}
