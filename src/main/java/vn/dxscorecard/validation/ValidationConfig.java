package vn.dxscorecard.validation;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.dxscorecard.feedback.RejectionRepository;
import vn.dxscorecard.intake.IntakeRepository;
import vn.dxscorecard.reference.Catalogue;
import vn.dxscorecard.reference.Registry;
import vn.dxscorecard.shared.Messages;
import vn.dxscorecard.shared.Period;
import vn.dxscorecard.shared.ScorecardJob;

/** The processor and writer of the job's validation step. */
@Configuration(proxyBeanMethods = false)
class ValidationConfig {

    @Bean
    @StepScope
    ValidationProcessor validationProcessor(Catalogue catalogue, Registry registry, IntakeRepository staging,
            Messages messages, @Value(ScorecardJob.PERIOD_VALUE) String period) {
        Period p = Period.of(period);
        return new ValidationProcessor(new RowValidator(catalogue, registry, p, messages),
                staging.duplicateIndicators(p));
    }

    @Bean
    @StepScope
    ValidationWriter validationWriter(ValidationRepository values, RejectionRepository rejections,
            IntakeRepository files, @Value(ScorecardJob.PERIOD_VALUE) String period) {
        return new ValidationWriter(values, rejections, files, Period.of(period));
    }

}
