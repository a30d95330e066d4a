package vn.dxscorecard.job;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Chunk sizes (chosen by measurement, docs/BENCHMARKS.md) and how many scorecards are
 * laid out at once.
 *
 * @param validationChunk rows per validation transaction
 * @param scoringChunk units per scoring transaction
 * @param scorecardChunk scorecards per transaction of the scorecard step: what a restart
 * may lay out again
 * @param renderThreads scorecards laid out at once; one per core when not set
 */
@Validated
@ConfigurationProperties("dx.job")
public record JobProperties(@DefaultValue("1000") @Positive @Max(100_000) int validationChunk,
        @DefaultValue("100") @Positive @Max(100_000) int scoringChunk,
        @DefaultValue("16") @Positive @Max(10_000) int scorecardChunk, @Positive @Max(256) Integer renderThreads) {

    public int threads() {
        return renderThreads != null ? renderThreads : Runtime.getRuntime().availableProcessors();
    }
}
