package vn.dxscorecard.cycle;

import java.time.Instant;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.dxscorecard.reference.Catalogue;
import vn.dxscorecard.shared.Period;
import vn.dxscorecard.shared.ScorecardJob;

/** The tasklet of the job's publication step. */
@Configuration(proxyBeanMethods = false)
class CycleConfig {

    @Bean
    @StepScope
    PublicationTasklet publicationTasklet(PublicationRepository publications, Catalogue catalogue,
            @Value(ScorecardJob.PERIOD_VALUE) String period,
            @Value(ScorecardJob.GENERATED_AT_VALUE) String generatedAt) {
        return new PublicationTasklet(publications, catalogue, Period.of(period), Instant.parse(generatedAt));
    }

}
