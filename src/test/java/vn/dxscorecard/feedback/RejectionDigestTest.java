package vn.dxscorecard.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.dxscorecard.shared.Messages;

class RejectionDigestTest {

    private static final Messages MESSAGES = Messages.catalogue();

    private static Rejection row(long line, ErrorCode code, String value) {
        return Rejection.of(MESSAGES, "01_2025-Q4.csv", "01", line, line, "value", value, code, value, "");
    }

    @Test
    void keepsTheFirstFifteenCountsAllAndOrdersReasonsByFrequencyThenFirstAppearance() {
        RejectionDigest digest = new RejectionDigest();
        digest.add(row(2, ErrorCode.VALUE_UNPARSABLE, "abc"));
        for (long line = 3; line < 23; line++) {
            digest.add(Rejection.of(MESSAGES, "01_2025-Q4.csv", "01", line, line, "indicator_code", "X" + line,
                    ErrorCode.UNKNOWN_INDICATOR, "X" + line));
        }
        digest.add(row(23, ErrorCode.VALUE_OUT_OF_RANGE, "101"));

        assertThat(digest.count()).isEqualTo(22);
        assertThat(digest.first()).hasSize(RejectionDigest.KEPT);
        assertThat(digest.first().getFirst().line()).isEqualTo(2);
        assertThat(digest.first().getLast().line()).isEqualTo(16);
        assertThat(digest.reasons()).containsExactly(Map.entry(ErrorCode.UNKNOWN_INDICATOR, 20L),
                Map.entry(ErrorCode.VALUE_UNPARSABLE, 1L), Map.entry(ErrorCode.VALUE_OUT_OF_RANGE, 1L));
        assertThat(digest.exampleVi(ErrorCode.UNKNOWN_INDICATOR)).contains("X3").doesNotContain("X4");
    }

}
