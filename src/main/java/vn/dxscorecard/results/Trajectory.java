package vn.dxscorecard.results;

import java.math.BigDecimal;
import java.util.List;

/**
 * One indicator of one unit through the period's year (SPEC §5, trajectory and
 * projection).
 *
 * @param points the accepted value of each quarter from Q1 to the period's quarter; null
 * where the quarter has no point
 * @param milestones the milestone of each quarter Q1–Q4; empty for booleans
 * @param projected {@code projected_q4}, rounded; null when there is none
 * @param onCourse whether the exact projection reaches the target; null without a
 * projection
 */
public record Trajectory(List<BigDecimal> points, List<BigDecimal> milestones, BigDecimal target, BigDecimal projected,
        Boolean onCourse) {

}
