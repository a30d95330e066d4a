package vn.dxscorecard.ranking;

import java.math.BigDecimal;

import vn.dxscorecard.reference.Kind;

/** A unit that was ranked in the previous quarter: its rounded overall score and its rank. */
public record PreviousResult(Kind kind, String code, BigDecimal overall, int rank) {
}
