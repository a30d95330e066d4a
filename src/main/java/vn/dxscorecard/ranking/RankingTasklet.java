package vn.dxscorecard.ranking;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import vn.dxscorecard.cycle.Edition;
import vn.dxscorecard.cycle.EditionRepository;
import vn.dxscorecard.reference.Kind;
import vn.dxscorecard.reference.PeriodUnitRepository;
import vn.dxscorecard.reference.Registry;
import vn.dxscorecard.reference.RegistryUnit;
import vn.dxscorecard.scoring.ScoreRepository;
import vn.dxscorecard.scoring.ScoredUnit;
import vn.dxscorecard.scoring.UnitScore;
import vn.dxscorecard.shared.Period;

/**
 * Ranks provinces and ministries separately and attaches the change since last quarter,
 * read from the previous quarter's published result only. The ranking replaces the
 * period's earlier one in the same transaction.
 */
public class RankingTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(RankingTasklet.class);

    private final PeriodUnitRepository units;

    private final ScoreRepository scores;

    private final RankingRepository rankings;

    private final EditionRepository editions;

    private final Registry registry;

    private final Period period;

    RankingTasklet(PeriodUnitRepository units, ScoreRepository scores, RankingRepository rankings,
            EditionRepository editions, Registry registry, Period period) {
        this.units = units;
        this.scores = scores;
        this.rankings = rankings;
        this.editions = editions;
        this.registry = registry;
        this.period = period;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<ScoredUnit> scored = scores.load(period, units.findAll(period))
            .stream()
            .filter(u -> Kind.GROUPS.contains(u.unit().kind()))
            .toList();
        List<UnitScore> submitted = scored.stream().filter(ScoredUnit::submitted).map(ScoredUnit::score).toList();
        List<RegistryUnit> missing = scored.stream().filter(u -> !u.submitted()).map(ScoredUnit::unit).toList();
        List<RankingEntry> entries = Ranker.rank(submitted, missing,
                new PreviousQuarter(registry, period, previousResults()));
        rankings.replace(period, entries);
        contribution.incrementWriteCount(entries.size());
        log.info("Ranking {}: {} units ranked, {} not submitted", period, submitted.size(), missing.size());
        return RepeatStatus.FINISHED;
    }

    private List<PreviousResult> previousResults() {
        Period previous = period.previous();
        Optional<Edition> latest = editions.latest(previous);
        if (latest.isEmpty()) {
            log.info("Change since {}: no edition of {} is published here, no previous figures", previous, previous);
            return List.of();
        }
        List<PreviousResult> results = rankings.rankedResults(previous, scores.load(previous, units.findAll(previous)));
        log.info("Change since {}: {} ranked units from its edition {} ({})", previous, results.size(),
                latest.get().number(), latest.get().status().id());
        return results;
    }

}
