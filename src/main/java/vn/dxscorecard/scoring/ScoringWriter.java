package vn.dxscorecard.scoring;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import vn.dxscorecard.shared.Period;

/**
 * Stores a chunk of scored units. As a listener of its step it owns the step's restart
 * cleanup: the roster reader keeps no restart state, so a restarted step starts over and
 * first removes the scores an earlier attempt stored.
 */
public class ScoringWriter implements ItemWriter<ScoredUnit>, StepExecutionListener {

    private final ScoreRepository scores;

    private final Period period;

    ScoringWriter(ScoreRepository scores, Period period) {
        this.scores = scores;
        this.period = period;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        scores.delete(period);
    }

    @Override
    public void write(Chunk<? extends ScoredUnit> chunk) {
        scores.save(period, chunk.getItems());
    }

}
