package vn.dxscorecard.intake;

import java.util.List;

/**
 * The header of a submission (SPEC §3): what the parser looks for, validation names in
 * its rejections, templates write.
 */
public final class SubmissionColumns {

    public static final String UNIT_CODE = "unit_code";

    public static final String PERIOD = "period";

    public static final String INDICATOR = "indicator_code";

    public static final String VALUE = "value";

    public static final String NOTE = "note";

    public static final List<String> REQUIRED = List.of(UNIT_CODE, PERIOD, INDICATOR, VALUE);

    /** Every column, in the order of the templates. */
    public static final List<String> ALL = List.of(UNIT_CODE, PERIOD, INDICATOR, VALUE, NOTE);

    private SubmissionColumns() {
    }

}
