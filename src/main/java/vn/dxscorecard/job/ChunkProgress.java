package vn.dxscorecard.job;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.stereotype.Component;

/** A progress line every few seconds during a long chunk-oriented step. */
@Component
class ChunkProgress implements ChunkListener<Object, Object>, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(ChunkProgress.class);

    private static final long EVERY = Duration.ofSeconds(5).toNanos();

    private final AtomicLong last = new AtomicLong(System.nanoTime());

    @Override
    public void beforeStep(StepExecution stepExecution) {
        last.set(System.nanoTime());
    }

    @Override
    public void afterChunk(Chunk<Object> chunk) {
        long now = System.nanoTime();
        long previous = last.get();
        if (now - previous >= EVERY && last.compareAndSet(previous, now)) {
            StepExecution step = StepSynchronizationManager.getContext().getStepExecution();
            log.info("Step {} in progress: {} items read, {} written so far", step.getStepName(), step.getReadCount(),
                    step.getWriteCount());
        }
    }

}
