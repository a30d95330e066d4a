package vn.dxscorecard.scoring;

import vn.dxscorecard.reference.RegistryUnit;

/** A unit of the period with its scores, or without (null) when it has not submitted. */
public record ScoredUnit(RegistryUnit unit, UnitScore score) {

    public boolean submitted() {
        return score != null;
    }
}
