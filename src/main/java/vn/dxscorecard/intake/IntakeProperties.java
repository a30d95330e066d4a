package vn.dxscorecard.intake;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Intake limits and pick-up rules (SPEC §3).
 *
 * @param settleTime a file changed more recently than this is still being written and is skipped
 * @param maxBytes a larger file is rejected whole
 * @param maxRecords a file with more data records is rejected whole
 */
@ConfigurationProperties("dx.intake")
public record IntakeProperties(Duration settleTime, long maxBytes, int maxRecords) {

    public IntakeProperties {
        settleTime = settleTime == null ? Duration.ofSeconds(5) : settleTime;
        maxBytes = maxBytes <= 0 ? 5L * 1024 * 1024 : maxBytes;
        maxRecords = maxRecords <= 0 ? 10_000 : maxRecords;
    }
}
