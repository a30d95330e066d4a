package vn.dxscorecard.intake;

import java.time.InstantSource;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.dxscorecard.reference.Registry;
import vn.dxscorecard.shared.Messages;
import vn.dxscorecard.shared.Period;
import vn.dxscorecard.shared.ScorecardJob;

/**
 * The intake's services and the step-scoped beans the job's intake and validation steps
 * are built from.
 */
@Configuration(proxyBeanMethods = false)
class IntakeConfig {

    /** The clock file modification times are compared with (the settle time). */
    static final String FILE_CLOCK = "fileClock";

    /**
     * File modification times are wall-clock time, whatever business clock a run is given
     * (dx.clock).
     */
    @Bean(FILE_CLOCK)
    InstantSource fileClock() {
        return InstantSource.system();
    }

    @Bean
    SubmissionIntake submissionIntake(IntakeProperties properties, Messages messages) {
        return new SubmissionIntake(new SubmissionParser(properties), messages);
    }

    @Bean
    @StepScope
    IntakeTasklet intakeTasklet(SubmissionIntake intake, SubmissionFiles submissions, IntakeRepository repository,
            Registry registry, IntakeProperties properties, @Value(ScorecardJob.PERIOD_VALUE) String period) {
        return new IntakeTasklet(intake, submissions, repository, registry, properties, Period.of(period));
    }

    @Bean
    @StepScope
    RawRowReader rawRowReader(IntakeRepository staging, @Value(ScorecardJob.PERIOD_VALUE) String period) {
        return new RawRowReader(staging, Period.of(period));
    }

}
