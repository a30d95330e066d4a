package vn.dxscorecard.scoring;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.dxscorecard.intake.IntakeRepository;
import vn.dxscorecard.reference.Catalogue;
import vn.dxscorecard.reference.PeriodUnitRepository;
import vn.dxscorecard.reference.RegistryUnit;
import vn.dxscorecard.shared.Period;
import vn.dxscorecard.shared.ScorecardJob;
import vn.dxscorecard.validation.ValidationRepository;

/**
 * The reader, processor and writer of the job's scoring step: one unit of the period's
 * roster at a time.
 */
@Configuration(proxyBeanMethods = false)
class ScoringConfig {

    @Bean
    @StepScope
    ListItemReader<RegistryUnit> rosterReader(PeriodUnitRepository units,
            @Value(ScorecardJob.PERIOD_VALUE) String period) {
        return new ListItemReader<>(units.findAll(Period.of(period)));
    }

    @Bean
    @StepScope
    ScoringProcessor scoringProcessor(Catalogue catalogue, ValidationRepository values, IntakeRepository files,
            @Value(ScorecardJob.PERIOD_VALUE) String period) {
        Period p = Period.of(period);
        return new ScoringProcessor(new Scorer(catalogue), values, files.submittedUnits(p), p);
    }

    @Bean
    @StepScope
    ScoringWriter scoringWriter(ScoreRepository scores, @Value(ScorecardJob.PERIOD_VALUE) String period) {
        return new ScoringWriter(scores, Period.of(period));
    }

}
