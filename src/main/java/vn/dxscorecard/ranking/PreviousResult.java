package vn.dxscorecard.ranking;

import java.math.BigDecimal;
import java.util.Map;

import vn.dxscorecard.reference.Kind;

/**
 * A unit ranked in the previous quarter's published result: its rounded overall score,
 * its rank and the rounded scores of its scored indicators by code.
 */
record PreviousResult(Kind kind, String code, BigDecimal overall, int rank, Map<String, BigDecimal> indicatorScores) {
}
