package vn.dxscorecard.report.pdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.openpdf.text.BadElementException;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

import vn.dxscorecard.reference.Direction;
import vn.dxscorecard.results.Trajectory;

/**
 * A small vector line of one indicator through the year: the quarters' values (dots), the
 * milestones (grey ticks), the target (dashed line) and the projection to Q4 (dashed from
 * the last point). Better is up, whichever the indicator's direction, so every line on
 * the page reads the same way.
 */
public final class Sparklines {

    static final float WIDTH = 50;

    static final float HEIGHT = 16;

    private static final float PAD = 2.5f;

    private Sparklines() {
    }

    static Image of(PdfWriter writer, Trajectory trajectory, Direction direction) throws BadElementException {
        PdfTemplate t = writer.getDirectContent().createTemplate(WIDTH, HEIGHT);
        Scale scale = Scale.of(trajectory, direction);
        t.setLineWidth(0.5f);
        t.setColorStroke(PdfTheme.MUTED);
        t.setLineDash(1.5f, 1.2f, 0);
        float target = scale.y(trajectory.target());
        t.moveTo(PAD, target);
        t.lineTo(WIDTH - PAD, target);
        t.stroke();
        t.setLineDash(0);
        t.setColorStroke(PdfTheme.GREY);
        for (int q = 1; q <= trajectory.milestones().size(); q++) {
            float y = scale.y(trajectory.milestones().get(q - 1));
            t.moveTo(x(q) - 2, y);
            t.lineTo(x(q) + 2, y);
        }
        t.stroke();
        List<float[]> dots = new ArrayList<>();
        List<BigDecimal> points = trajectory.points();
        for (int q = 1; q <= points.size(); q++) {
            if (points.get(q - 1) != null) {
                dots.add(new float[] { x(q), scale.y(points.get(q - 1)) });
            }
        }
        t.setColorStroke(PdfTheme.NAVY);
        t.setColorFill(PdfTheme.NAVY);
        t.setLineWidth(0.8f);
        for (int i = 1; i < dots.size(); i++) {
            t.moveTo(dots.get(i - 1)[0], dots.get(i - 1)[1]);
            t.lineTo(dots.get(i)[0], dots.get(i)[1]);
        }
        t.stroke();
        if (trajectory.projected() != null && !dots.isEmpty()) {
            float[] last = dots.getLast();
            t.setLineDash(1.5f, 1.2f, 0);
            t.moveTo(last[0], last[1]);
            t.lineTo(x(4), scale.y(trajectory.projected()));
            t.stroke();
            t.setLineDash(0);
        }
        for (float[] dot : dots) {
            t.circle(dot[0], dot[1], 1.3f);
        }
        t.fill();
        return Image.getInstance(t);
    }

    private static float x(int quarter) {
        return PAD + (quarter - 1) * (WIDTH - 2 * PAD) / 3;
    }

    /**
     * Where a value sits on an indicator's line, 0 at the bottom, 1 at the top, better up
     * (the PDF's and the web edition's lines are one drawing). Drawing coordinates only:
     * the figures themselves are printed beside the line.
     */
    public record Scale(double low, double high, boolean flip) {

        public static Scale of(Trajectory trajectory, Direction direction) {
            List<BigDecimal> values = new ArrayList<>(trajectory.points());
            values.addAll(trajectory.milestones());
            values.add(trajectory.target());
            values.add(trajectory.projected());
            double low = values.stream().filter(Objects::nonNull).mapToDouble(BigDecimal::doubleValue).min().orElse(0);
            double high = values.stream().filter(Objects::nonNull).mapToDouble(BigDecimal::doubleValue).max().orElse(1);
            if (high - low < 1e-9) {
                low -= 1;
                high += 1;
            }
            return new Scale(low, high, direction == Direction.LOWER);
        }

        public double height(BigDecimal value) {
            double share = (value.doubleValue() - low) / (high - low);
            return flip ? 1 - share : share;
        }

        float y(BigDecimal value) {
            return (float) (PAD + height(value) * (HEIGHT - 2 * PAD));
        }

    }

}
