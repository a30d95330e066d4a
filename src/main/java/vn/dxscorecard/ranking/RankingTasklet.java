package vn.dxscorecard.ranking;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import vn.dxscorecard.reference.Period;
import vn.dxscorecard.reference.PeriodUnitRepository;
import vn.dxscorecard.reference.Registry;
import vn.dxscorecard.scoring.ScoreRepository;
import vn.dxscorecard.scoring.ScoredUnit;
import vn.dxscorecard.scoring.UnitScore;

/** Ranks provinces and ministries separately and attaches the change since last quarter. */
public class RankingTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(RankingTasklet.class);

    private final PeriodUnitRepository units;
    private final ScoreRepository scores;
    private final RankingRepository rankings;
    private final PreviousResultsProvider previous;
    private final Registry registry;
    private final Period period;

    public RankingTasklet(PeriodUnitRepository units, ScoreRepository scores, RankingRepository rankings,
            PreviousResultsProvider previous, Registry registry, Period period) {
        this.units = units;
        this.scores = scores;
        this.rankings = rankings;
        this.previous = previous;
        this.registry = registry;
        this.period = period;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<ScoredUnit> scored = scores.load(period, units.findAll(period)).stream()
                .filter(u -> Ranker.GROUPS.contains(u.unit().kind())).toList();
        List<UnitScore> submitted = scored.stream().filter(ScoredUnit::submitted).map(ScoredUnit::score).toList();
        List<vn.dxscorecard.reference.RegistryUnit> missing = scored.stream().filter(u -> !u.submitted())
                .map(ScoredUnit::unit).toList();
        PreviousQuarter previousQuarter = new PreviousQuarter(registry, period, previous.previousOf(period));
        List<RankingEntry> entries = Ranker.rank(submitted, missing, previousQuarter);
        rankings.replace(period, entries);
        contribution.incrementWriteCount(entries.size());
        log.info("Ranking {}: {} units ranked, {} not submitted", period, submitted.size(), missing.size());
        return RepeatStatus.FINISHED;
    }
}
