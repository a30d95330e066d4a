package vn.dxscorecard.job;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.dxscorecard.intake.IntakeProperties;
import vn.dxscorecard.intake.SubmissionIntake;
import vn.dxscorecard.intake.SubmissionParser;
import vn.dxscorecard.ops.DxProperties;
import vn.dxscorecard.ops.PeriodStatusRepository;
import vn.dxscorecard.ranking.PeriodEvaluator;
import vn.dxscorecard.ranking.PreviousResultsProvider;
import vn.dxscorecard.ranking.RankingRepository;
import vn.dxscorecard.reference.Catalogue;
import vn.dxscorecard.reference.PeriodUnitRepository;
import vn.dxscorecard.reference.Registry;
import vn.dxscorecard.scoring.ScoreRepository;
import vn.dxscorecard.scoring.Scorer;

/** The job's stateless services; the pure domain classes stay free of Spring annotations. */
@Configuration(proxyBeanMethods = false)
public class CoreBeans {

    @Bean
    Clock clock(DxProperties properties) {
        return properties.fixedClock() == null ? Clock.system(properties.zone())
                : Clock.fixed(properties.fixedClock(), properties.zone());
    }

    @Bean
    SubmissionParser submissionParser(IntakeProperties limits) {
        return new SubmissionParser(limits);
    }

    @Bean
    SubmissionIntake submissionIntake(SubmissionParser parser, IntakeProperties properties) {
        // File modification times are wall-clock time, whatever business clock a run is given (dx.fixed-clock).
        return new SubmissionIntake(parser, properties, Clock.systemUTC());
    }

    @Bean
    Scorer scorer(Catalogue catalogue) {
        return new Scorer(catalogue);
    }

    @Bean
    PreviousResultsProvider previousResultsProvider(PeriodStatusRepository status, RankingRepository rankings,
            SubmissionIntake intake, Catalogue catalogue, Registry registry, DxProperties properties,
            ScoreRepository scores, PeriodUnitRepository units) {
        return new PreviousResultsProvider(status, rankings,
                new PeriodEvaluator(intake, catalogue, registry, properties), catalogue, scores, units);
    }
}
