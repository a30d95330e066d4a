package vn.dxscorecard.job;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Chunk sizes (chosen by measurement, see docs) and a slow-motion pause for the crash and signal tests.
 *
 * @param validationChunk rows per validation transaction
 * @param scoringChunk units per scoring transaction
 * @param pause a pause after every chunk and between published outputs; zero in production. It widens the windows
 *        in which the crash tests and {@code scripts/chaos} kill the job.
 * @param renderThreads threads that lay out scorecards at once; default one per core
 */
@ConfigurationProperties("dx.job")
public record JobTuning(int validationChunk, int scoringChunk, Duration pause, int renderThreads) {

    public JobTuning {
        validationChunk = validationChunk <= 0 ? 1000 : validationChunk;
        scoringChunk = scoringChunk <= 0 ? 100 : scoringChunk;
        pause = pause == null ? Duration.ZERO : pause;
        renderThreads = renderThreads <= 0 ? Runtime.getRuntime().availableProcessors() : renderThreads;
    }

    public void pauseNow() {
        if (!pause.isZero()) {
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
