package vn.dxscorecard.job;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * The operator's view of a run: one line when a step starts and one when it ends, with
 * counts and duration.
 */
@Component
class StepLog implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(StepLog.class);

    @Override
    public void beforeStep(StepExecution step) {
        log.info("Step {} started", step.getStepName());
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        Duration took = Duration.between(step.getStartTime(), LocalDateTime.now());
        log.info("Step {} {} in {} ms: read {}, written {}, skipped {}", step.getStepName(),
                step.getStatus().name().toLowerCase(Locale.ROOT), took.toMillis(), step.getReadCount(),
                step.getWriteCount(), step.getSkipCount());
        return step.getExitStatus();
    }

}
