package vn.dxscorecard.intake;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.dxscorecard.shared.Message;
import vn.dxscorecard.shared.Period;

/**
 * A file name of the form {@code <UNIT>_<PERIOD>.csv} or
 * {@code <UNIT>_<PERIOD>_r<N>.csv}, N ≥ 2 (SPEC §3).
 */
record SubmissionName(String fileName, String unitCode, Period period, int revision) {

    /**
     * Unit codes are letters and digits, at most 16 (the width of the code columns): a
     * longer "code" is no unit and the name is not recognised. The code is then also safe
     * as a file name for the per-unit report.
     */
    private static final Pattern NAME = Pattern.compile("([A-Z0-9]{1,16})_(\\d{4}-Q[1-4])(?:_R(\\d{1,6}))?\\.CSV");

    /**
     * Any name that mentions a period, so files of other periods can be told from
     * unrecognised names.
     */
    private static final Pattern MENTIONS_PERIOD = Pattern.compile(".*_(\\d{4}-Q[1-4])(?:[_.].*)?");

    /**
     * A name that starts like a submission ({@code 01_2025-Q4.xlsx}): whose file it is,
     * though it is not read.
     */
    private static final Pattern STARTS_LIKE = Pattern.compile("([A-Z0-9]{1,16})_\\d{4}-Q[1-4](?:[_.].*)?");

    private static final Pattern REVISION_ONE = Pattern.compile(".*_R0*[01]\\.CSV");

    /**
     * Names and codes are case-insensitive: {@code bxd_2025-q3.CSV} is BXD's. {@code _r1}
     * is not a valid name.
     */
    static Optional<SubmissionName> parse(String fileName) {
        Matcher m = NAME.matcher(fileName.toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        int revision = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
        if (m.group(3) != null && revision < 2) {
            return Optional.empty();
        }
        return Period.parse(m.group(2)).map(p -> new SubmissionName(fileName, m.group(1), p, revision));
    }

    /**
     * The period a name refers to, if any, even when the name itself is not valid (e.g.
     * {@code .xlsx}, {@code .part}).
     */
    static Optional<Period> mentionedPeriod(String fileName) {
        Matcher m = MENTIONS_PERIOD.matcher(fileName.toUpperCase(Locale.ROOT));
        return m.matches() ? Period.parse(m.group(1)) : Optional.empty();
    }

    /**
     * Why a name that {@link #parse} refused is not read, worded for its sender; and
     * whose it seems to be.
     */
    static Ignored ignored(String fileName) {
        String upper = fileName.toUpperCase(Locale.ROOT);
        Matcher owner = STARTS_LIKE.matcher(upper);
        String unit = owner.matches() ? owner.group(1) : null;
        if (inProgress(fileName)) {
            return new Ignored(unit, true, new Message("file.ignored.in-progress"));
        }
        if (REVISION_ONE.matcher(upper).matches()) {
            return new Ignored(unit, false, new Message("file.ignored.revision-one"));
        }
        if (unit != null && !upper.endsWith(".CSV")) {
            return new Ignored(unit, false, new Message("file.ignored.not-csv"));
        }
        return new Ignored(unit, false, new Message("file.ignored.bad-name"));
    }

    /** A file still being copied or uploaded: never read, whatever its name says. */
    static boolean inProgress(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".part") || lower.endsWith(".tmp");
    }

    /**
     * @param unitCode the unit the name seems to belong to, or null
     */
    record Ignored(String unitCode, boolean inProgress, Message message) {
    }
}
