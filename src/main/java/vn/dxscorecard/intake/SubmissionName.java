package vn.dxscorecard.intake;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.dxscorecard.reference.Period;

/** A file name of the form {@code <UNIT>_<PERIOD>.csv} or {@code <UNIT>_<PERIOD>_r<N>.csv}, N ≥ 2 (SPEC §3). */
public record SubmissionName(String fileName, String unitCode, Period period, int revision) {

    private static final Pattern NAME = Pattern.compile("([A-Z0-9]+)_(\\d{4}-Q[1-4])(?:_R(\\d{1,6}))?\\.CSV");
    /** Any name that mentions a period, so files of other periods can be told from unrecognised names. */
    private static final Pattern MENTIONS_PERIOD = Pattern.compile(".*_(\\d{4}-Q[1-4])(?:[_.].*)?");

    /** Names and codes are case-insensitive: {@code bxd_2025-q3.CSV} is BXD's. {@code _r1} is not a valid name. */
    public static Optional<SubmissionName> parse(String fileName) {
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

    /** The period a name refers to, if any, even when the name itself is not valid (e.g. {@code .xlsx}, {@code .part}). */
    public static Optional<Period> mentionedPeriod(String fileName) {
        Matcher m = MENTIONS_PERIOD.matcher(fileName.toUpperCase(Locale.ROOT));
        return m.matches() ? Period.parse(m.group(1)) : Optional.empty();
    }
}
