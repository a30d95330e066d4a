package vn.dxscorecard.scoring;

/** Where a unit stands on one indicator (SPEC §5); the Vietnamese label is what reports print. */
public enum IndicatorStatus {
    ACHIEVED("Đạt", "Achieved"),
    ON_TRACK("Đúng tiến độ", "On track"),
    BEHIND("Chậm tiến độ", "Behind schedule"),
    NOT_ACHIEVED("Không đạt", "Not achieved"),
    NOT_REPORTED("Không báo cáo", "Not reported"),
    NO_TARGET("Chưa có chỉ tiêu", "No target this year");

    private final String labelVi;
    private final String labelEn;

    IndicatorStatus(String labelVi, String labelEn) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    public String labelVi() {
        return labelVi;
    }

    public String labelEn() {
        return labelEn;
    }

    public static IndicatorStatus fromLabel(String labelVi) {
        for (IndicatorStatus status : values()) {
            if (status.labelVi.equals(labelVi)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown status " + labelVi);
    }
}
