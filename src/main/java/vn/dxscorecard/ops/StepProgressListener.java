package vn.dxscorecard.ops;

import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import vn.dxscorecard.job.JobTuning;

/**
 * The operator's view of a run: one line when a step starts and one when it ends, with counts and duration, and a
 * progress line every few seconds during a long chunk-oriented step.
 */
@Component
public class StepProgressListener implements StepExecutionListener, ChunkListener<Object, Object> {

    private static final Logger log = LoggerFactory.getLogger(StepProgressListener.class);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);

    private final JobTuning tuning;
    private volatile Instant lastProgress = Instant.now();

    public StepProgressListener(JobTuning tuning) {
        this.tuning = tuning;
    }

    @Override
    public void beforeStep(StepExecution step) {
        lastProgress = Instant.now();
        log.info("Step {} started", step.getStepName());
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        Duration took = Duration.between(step.getStartTime(), java.time.LocalDateTime.now());
        log.info("Step {} {} in {} ms: read {}, written {}, skipped {}", step.getStepName(),
                step.getStatus().name().toLowerCase(java.util.Locale.ROOT), took.toMillis(), step.getReadCount(),
                step.getWriteCount(), step.getSkipCount());
        return step.getExitStatus();
    }

    @Override
    public void afterChunk(ChunkContext context) {
        tuning.pauseNow();
        Instant now = Instant.now();
        if (Duration.between(lastProgress, now).compareTo(PROGRESS_EVERY) >= 0) {
            lastProgress = now;
            StepExecution step = context.getStepContext().getStepExecution();
            log.info("Step {} in progress: {} items read, {} written so far", step.getStepName(),
                    step.getReadCount(), step.getWriteCount());
        }
    }
}
