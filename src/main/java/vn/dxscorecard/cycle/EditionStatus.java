package vn.dxscorecard.cycle;

import java.util.Locale;

/**
 * What an edition is (SPEC §8): still moving, settled at the deadline, or a settled
 * result corrected since.
 */
public enum EditionStatus {

    PROVISIONAL, FINAL, CORRECTION;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Final and corrections are what leaders receive; a provisional edition may still
     * change.
     */
    public boolean settled() {
        return this != PROVISIONAL;
    }

    public static EditionStatus fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }

}
