package vn.dxscorecard.ranking;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.dxscorecard.ops.PeriodStatusRepository;
import vn.dxscorecard.reference.Catalogue;
import vn.dxscorecard.reference.Period;
import vn.dxscorecard.reference.PeriodUnitRepository;
import vn.dxscorecard.scoring.ScoreRepository;
import vn.dxscorecard.scoring.ScoredUnit;
import vn.dxscorecard.scoring.UnitScore;

/**
 * The previous quarter's ranked units: from the database when that quarter's run completed, otherwise computed from
 * its input files when there are any, otherwise none (reports then show "—").
 */
public class PreviousResultsProvider {

    private static final Logger log = LoggerFactory.getLogger(PreviousResultsProvider.class);

    private final PeriodStatusRepository status;
    private final RankingRepository rankings;
    private final PeriodEvaluator evaluator;
    private final Catalogue catalogue;
    private final ScoreRepository scores;
    private final PeriodUnitRepository units;

    public PreviousResultsProvider(PeriodStatusRepository status, RankingRepository rankings,
            PeriodEvaluator evaluator, Catalogue catalogue, ScoreRepository scores, PeriodUnitRepository units) {
        this.status = status;
        this.rankings = rankings;
        this.evaluator = evaluator;
        this.catalogue = catalogue;
        this.scores = scores;
        this.units = units;
    }

    public List<PreviousResult> previousOf(Period period) {
        Period previous = period.previous();
        if (status.completed(previous).isPresent()) {
            List<PreviousResult> results = rankings.rankedResults(previous);
            log.info("Change since {}: {} ranked units from its completed run", previous, results.size());
            return results;
        }
        if (!catalogue.hasYear(previous.year())) {
            log.info("Change since {}: no targets for {} in the catalogue, no previous figures", previous,
                    previous.year());
            return List.of();
        }
        List<PreviousResult> results = evaluator.rank(previous);
        log.info("Change since {}: never run here, computed from its input files: {} ranked units", previous,
                results.size());
        return results;
    }

    /**
     * The previous quarter's scores of the units that submitted, indicators included, from the same source as
     * {@link #previousOf}: the scorecards show each indicator's change since then.
     */
    public List<UnitScore> previousScores(Period period) {
        Period previous = period.previous();
        if (status.completed(previous).isPresent()) {
            return scores.load(previous, units.findAll(previous)).stream().filter(ScoredUnit::submitted)
                    .map(ScoredUnit::score).toList();
        }
        return catalogue.hasYear(previous.year()) ? evaluator.scores(previous) : List.of();
    }
}
