package vn.dxscorecard.scoring;

/**
 * Where a unit stands on one indicator (SPEC §5); its label ("Đạt", "Chậm tiến độ"…) is
 * the catalogue's.
 */
public enum IndicatorStatus {

    ACHIEVED, ON_TRACK, BEHIND, NOT_ACHIEVED, NOT_REPORTED, NO_TARGET;

    public String key() {
        return "indicator.status." + name();
    }

}
