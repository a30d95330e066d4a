package vn.dxscorecard.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A reporting quarter, written {@code YYYY-Qn}; the job's identifying parameter. */
public record Period(int year, int quarter) implements Comparable<Period> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-Q([1-4])");

    public Period {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1-4");
        }
    }

    /**
     * Parses {@code 2025-Q3} (case-insensitive); empty for anything else, e.g.
     * {@code 2025-Q5} or {@code 25-Q1}.
     */
    public static Optional<Period> parse(String text) {
        Matcher m = FORMAT.matcher(text.trim().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Period(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    }

    /**
     * A period the job itself wrote (a job parameter, a stored key): anything else is a
     * bug, not a user's mistake.
     */
    public static Period of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("not a period: " + text));
    }

    /**
     * The last quarter that has ended on the clock's date (on 2026-01-05 that is
     * 2025-Q4).
     */
    public static Period lastEnded(Clock clock) {
        LocalDate today = LocalDate.now(clock);
        Period current = new Period(today.getYear(), (today.getMonthValue() - 1) / 3 + 1);
        return current.previous();
    }

    public LocalDate lastDay() {
        return LocalDate.of(year, quarter * 3, 1).plusMonths(1).minusDays(1);
    }

    public Period previous() {
        return quarter == 1 ? new Period(year - 1, 4) : new Period(year, quarter - 1);
    }

    @Override
    public int compareTo(Period other) {
        return Integer.compare(year * 4 + quarter, other.year * 4 + other.quarter);
    }

    @Override
    public String toString() {
        return year + "-Q" + quarter;
    }
}
