package vn.dxscorecard.cycle;

import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import vn.dxscorecard.shared.Period;

/**
 * A period's submission deadline (SPEC §8): the end of day D after its quarter ends, in
 * the reporting units' zone; 2025-Q4's is 2026-01-15 23:59:59 +07:00 with D = 15.
 */
public record Deadline(Period period, OffsetDateTime at) {

    public static Deadline of(Period period, int days, ZoneId zone) {
        return new Deadline(period,
                period.lastDay().plusDays(days).atTime(LocalTime.of(23, 59, 59)).atZone(zone).toOffsetDateTime());
    }

    /**
     * Whether the period is still open at this instant: up to the end of its last second,
     * so a file sent at 23:59:59.500 is on time.
     */
    public boolean open(Instant now) {
        return now.isBefore(at.toInstant().plusSeconds(1));
    }

}
