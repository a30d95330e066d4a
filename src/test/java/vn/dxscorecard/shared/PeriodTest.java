package vn.dxscorecard.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    @Test
    void parsesCaseInsensitively() {
        assertThat(Period.parse("2025-q3")).contains(new Period(2025, 3));
        assertThat(new Period(2025, 3).lastDay()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(new Period(2025, 1).previous()).isEqualTo(new Period(2024, 4));
    }

    @ParameterizedTest
    @ValueSource(strings = { "2025-Q5", "25-Q1", "2025-Q0", "2025Q1", "2025-3", "" })
    void refusesMalformedPeriods(String text) {
        assertThat(Period.parse(text)).isEmpty();
    }

    @Test
    void defaultIsTheLastQuarterThatHasEndedInVietnam() {
        ZoneId hanoi = ZoneId.of("Asia/Ho_Chi_Minh");
        assertThat(Period.lastEnded(Clock.fixed(Instant.parse("2026-01-05T02:00:00Z"), hanoi)))
            .isEqualTo(new Period(2025, 4));
        // 31 December 19:30 UTC is already 1 January 02:30 in Hà Nội: 2025-Q4 has ended
        // there.
        assertThat(Period.lastEnded(Clock.fixed(Instant.parse("2025-12-31T19:30:00Z"), hanoi)))
            .isEqualTo(new Period(2025, 4));
        assertThat(Period.lastEnded(Clock.fixed(Instant.parse("2025-12-31T19:30:00Z"), ZoneId.of("UTC"))))
            .isEqualTo(new Period(2025, 3));
    }

}
