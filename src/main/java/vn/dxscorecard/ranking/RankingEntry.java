package vn.dxscorecard.ranking;

import java.math.BigDecimal;

import vn.dxscorecard.reference.Kind;
import vn.dxscorecard.reference.RegistryUnit;
import vn.dxscorecard.scoring.Classification;
import vn.dxscorecard.scoring.UnitScore;

/**
 * One line of a group's ranking. {@code score} and {@code rank} are null for a unit that
 * did not submit; its previous figures are still shown when known.
 */
public record RankingEntry(Kind group, Integer rank, RegistryUnit unit, UnitScore score, PreviousFigures previous) {

    public boolean ranked() {
        return score != null;
    }

    public BigDecimal overall() {
        return ranked() ? score.roundedOverall() : null;
    }

    public Classification classification() {
        return ranked() ? score.classification() : null;
    }

    public BigDecimal overallChange() {
        return ranked() && previous.overall() != null ? overall().subtract(previous.overall()) : null;
    }

    /** Positive when the unit moved up (▲). */
    public Integer rankChange() {
        return ranked() && previous.rank() != null ? previous.rank() - rank : null;
    }
}
