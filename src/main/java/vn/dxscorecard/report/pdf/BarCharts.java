package vn.dxscorecard.report.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.openpdf.text.BadElementException;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Horizontal bar charts of scores (0–100) drawn as vectors straight into the PDF, text
 * included: the labels stay sharp, searchable and in our embedded font.
 */
final class BarCharts {

    /** One series of bars; a null value draws no bar (a pillar that does not apply). */
    record Series(String name, Color color, List<BigDecimal> values) {
    }

    static {
        // The workaround draws rotated text as glyph outlines, which a PDF reader can
        // neither search nor copy.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private BarCharts() {
    }

    static Image scores(PdfWriter writer, float width, float height, List<String> categories, List<Series> series,
            char decimalSeparator) throws BadElementException {
        JFreeChart chart = chart(categories, series, decimalSeparator);
        PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
        Graphics2D g2 = template.createGraphics(width, height, PdfFonts.get().fontMapper());
        try {
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        }
        finally {
            g2.dispose();
        }
        return Image.getInstance(template);
    }

    private static JFreeChart chart(List<String> categories, List<Series> series, char decimalSeparator) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (Series s : series) {
            for (int i = 0; i < categories.size(); i++) {
                BigDecimal value = s.values().get(i);
                dataset.addValue(value == null ? null : value.doubleValue(), s.name(), categories.get(i));
            }
        }
        CategoryAxis categoryAxis = new CategoryAxis();
        categoryAxis.setMaximumCategoryLabelWidthRatio(0.3f);
        categoryAxis.setCategoryMargin(0.25);
        categoryAxis.setLowerMargin(0.02);
        categoryAxis.setUpperMargin(0.02);
        categoryAxis.setAxisLineVisible(false);
        categoryAxis.setTickMarksVisible(false);

        NumberAxis valueAxis = new NumberAxis();
        valueAxis.setRange(0, 108);
        valueAxis.setTickUnit(new NumberTickUnit(20));
        valueAxis.setAxisLineVisible(false);
        valueAxis.setTickMarksVisible(false);

        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0.05);
        renderer.setMaximumBarWidth(0.06);
        renderer
            .setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", twoDecimals(decimalSeparator)));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setItemLabelAnchorOffset(3);

        CategoryPlot plot = new CategoryPlot(dataset, categoryAxis, valueAxis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setInsets(new RectangleInsets(2, 2, 2, 8));

        JFreeChart chart = new JFreeChart(null, null, plot, true);
        theme().apply(chart);
        // The theme hands out its own series colours; ours are set after it.
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, series.get(i).color());
        }
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.TOP);
        legend.setFrame(BlockBorder.NONE);
        chart.setPadding(new RectangleInsets(0, 0, 0, 0));
        return chart;
    }

    private static StandardChartTheme theme() {
        PdfFonts fonts = PdfFonts.get();
        StandardChartTheme theme = new StandardChartTheme("dx-scorecard");
        theme.setExtraLargeFont(fonts.awt(true, 11));
        theme.setLargeFont(fonts.awt(true, 8));
        theme.setRegularFont(fonts.awt(false, 7.5f));
        theme.setSmallFont(fonts.awt(false, 6.5f));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setRangeGridlinePaint(PdfTheme.RULE);
        theme.setAxisLabelPaint(PdfTheme.INK);
        theme.setTickLabelPaint(PdfTheme.INK);
        theme.setItemLabelPaint(PdfTheme.INK);
        theme.setLegendItemPaint(PdfTheme.INK);
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        return theme;
    }

    /** Same figures as the tables: the values given are already rounded to 2 decimals. */
    private static DecimalFormat twoDecimals(char decimalSeparator) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setDecimalSeparator(decimalSeparator);
        DecimalFormat format = new DecimalFormat("0.00", symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }

}
