package vn.dxscorecard.ranking;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.dxscorecard.cycle.EditionRepository;
import vn.dxscorecard.reference.PeriodUnitRepository;
import vn.dxscorecard.reference.Registry;
import vn.dxscorecard.scoring.ScoreRepository;
import vn.dxscorecard.shared.Period;
import vn.dxscorecard.shared.ScorecardJob;

/** The tasklet of the job's ranking step. */
@Configuration(proxyBeanMethods = false)
class RankingConfig {

    @Bean
    @StepScope
    RankingTasklet rankingTasklet(PeriodUnitRepository units, ScoreRepository scores, RankingRepository rankings,
            EditionRepository editions, Registry registry, @Value(ScorecardJob.PERIOD_VALUE) String period) {
        return new RankingTasklet(units, scores, rankings, editions, registry, Period.of(period));
    }

}
