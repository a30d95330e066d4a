package vn.dxscorecard.scoring;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import vn.dxscorecard.reference.Period;

/** Stores a chunk of scored units. */
public class ScoringWriter implements ItemWriter<ScoredUnit> {

    private final ScoreRepository scores;
    private final Period period;

    public ScoringWriter(ScoreRepository scores, Period period) {
        this.scores = scores;
        this.period = period;
    }

    @Override
    public void write(Chunk<? extends ScoredUnit> chunk) {
        scores.save(period, chunk.getItems());
    }
}
