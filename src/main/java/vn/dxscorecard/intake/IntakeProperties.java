package vn.dxscorecard.intake;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import vn.dxscorecard.shared.Ranges;

/**
 * The drop folder and its pick-up rules and limits (SPEC §3). {@code --input} sets the
 * folder.
 *
 * @param folder where the units drop their submissions; only the intake reads it
 * @param settleTime a file changed more recently than this is still being written and is
 * skipped
 * @param maxBytes a larger file is rejected whole
 * @param maxRecords a file with more data records is rejected whole
 */
@Validated
@ConfigurationProperties("dx.intake")
public record IntakeProperties(@DefaultValue("input") Path folder, @DefaultValue("5s") Duration settleTime,
        @DefaultValue("5242880") @Positive @Max(1L << 30) long maxBytes,
        @DefaultValue("10000") @Positive @Max(10_000_000) int maxRecords) {

    public IntakeProperties {
        Ranges.check("dx.intake.settle-time", settleTime, Duration.ZERO, Duration.ofHours(1));
    }

}
