package vn.dxscorecard.cycle;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.dxscorecard.shared.Period;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §8's table, case by case, at the deadline's last second: 2025-Q4 with D = 15
 * closes at 2026-01-15 23:59:59 +07:00.
 */
class EditionRuleTest {

    private static final Period Q4 = Period.of("2025-Q4");

    private static final Deadline DEADLINE = Deadline.of(Q4, 15, ZoneId.of("Asia/Ho_Chi_Minh"));

    private static final Instant LAST_SECOND = Instant.parse("2026-01-15T16:59:59Z");

    private static final Instant OPEN = LAST_SECOND.plusMillis(999);

    private static final Instant CLOSED = LAST_SECOND.plusSeconds(1);

    @Test
    void theDeadlineIsTheEndOfDayDInTheUnitsZone() {
        assertThat(DEADLINE.at()).hasToString("2026-01-15T23:59:59+07:00");
        assertThat(DEADLINE.open(Instant.parse("2026-01-15T16:59:58.999Z"))).isTrue();
        assertThat(DEADLINE.open(LAST_SECOND)).isTrue();
        assertThat(DEADLINE.open(OPEN)).as("the whole last second is on time").isTrue();
        assertThat(DEADLINE.open(Instant.parse("2026-01-15T16:59:59.999999999Z"))).isTrue();
        assertThat(DEADLINE.open(CLOSED)).isFalse();
    }

    @Test
    void theDeadlineFollowsTheQuarterAndTheDays() {
        assertThat(Deadline.of(Period.of("2026-Q1"), 15, ZoneId.of("Asia/Ho_Chi_Minh")).at())
            .hasToString("2026-04-15T23:59:59+07:00");
        assertThat(Deadline.of(Q4, 0, ZoneId.of("UTC")).at()).hasToString("2025-12-31T23:59:59Z");
    }

    @ParameterizedTest(name = "no edition yet, {0}: edition 1 {1}")
    @CsvSource({ "open, PROVISIONAL", "closed, FINAL" })
    void theFirstEditionIsProvisionalWhileOpenAndFinalAfter(String window, EditionStatus status) {
        for (boolean rerun : new boolean[] { false, true }) {
            for (boolean changed : new boolean[] { false, true }) {
                assertThat(EditionRule.decide(Optional.empty(), DEADLINE, at(window), changed, rerun))
                    .contains(new EditionRule.Publish(1, status, EditionRule.Reason.FIRST));
            }
        }
    }

    @ParameterizedTest(name = "after a provisional edition, {0}, files changed {1}, rerun {2}: {3}")
    @CsvSource({ "open, false, false, ", "open, true, false, PROVISIONAL FILES_CHANGED",
            "open, false, true, PROVISIONAL RERUN", "open, true, true, PROVISIONAL RERUN",
            "closed, false, false, FINAL DEADLINE_PASSED", "closed, true, false, FINAL DEADLINE_PASSED",
            "closed, false, true, FINAL DEADLINE_PASSED", "closed, true, true, FINAL DEADLINE_PASSED" })
    void afterAProvisionalEdition(String window, boolean changed, boolean rerun, String expected) {
        Optional<EditionRule.Publish> due = EditionRule.decide(Optional.of(edition(3, EditionStatus.PROVISIONAL)),
                DEADLINE, at(window), changed, rerun);
        assertThat(due).isEqualTo(publish(4, expected));
    }

    @ParameterizedTest(name = "after a {0} edition, {1}, files changed {2}, rerun {3}: {4}")
    @CsvSource({ "FINAL, closed, false, false, ", "FINAL, closed, true, false, ",
            "FINAL, closed, false, true, CORRECTION CORRECTION", "FINAL, open, true, false, ",
            "FINAL, open, false, true, CORRECTION CORRECTION", "CORRECTION, closed, true, false, ",
            "CORRECTION, closed, true, true, CORRECTION CORRECTION" })
    void aSettledEditionChangesOnlyOnRequest(EditionStatus latest, String window, boolean changed, boolean rerun,
            String expected) {
        Optional<EditionRule.Publish> due = EditionRule.decide(Optional.of(edition(2, latest)), DEADLINE, at(window),
                changed, rerun);
        assertThat(due).isEqualTo(publish(3, expected));
    }

    @Test
    void theLastSecondStillPublishesProvisionalAndTheNextTheFinal() {
        Optional<Edition> latest = Optional.of(edition(1, EditionStatus.PROVISIONAL));
        assertThat(EditionRule.decide(latest, DEADLINE, OPEN, true, false))
            .contains(new EditionRule.Publish(2, EditionStatus.PROVISIONAL, EditionRule.Reason.FILES_CHANGED));
        assertThat(EditionRule.decide(latest, DEADLINE, CLOSED, false, false))
            .contains(new EditionRule.Publish(2, EditionStatus.FINAL, EditionRule.Reason.DEADLINE_PASSED));
    }

    private static Instant at(String window) {
        return window.equals("open") ? OPEN : CLOSED;
    }

    private static Optional<EditionRule.Publish> publish(int number, String expected) {
        if (expected == null) {
            return Optional.empty();
        }
        String[] parts = expected.split(" ");
        return Optional
            .of(new EditionRule.Publish(number, EditionStatus.valueOf(parts[0]), EditionRule.Reason.valueOf(parts[1])));
    }

    private static Edition edition(int number, EditionStatus status) {
        return new Edition(Q4, number, status, Instant.parse("2026-01-10T00:00:00Z"), number, "inputs", 1, "manifest",
                new Edition.Inputs("files", "2024-2026.1", "catalogue", "registry"));
    }

}
