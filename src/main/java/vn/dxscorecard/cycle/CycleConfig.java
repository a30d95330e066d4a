package vn.dxscorecard.cycle;

import java.time.Instant;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.dxscorecard.intake.IntakeRepository;
import vn.dxscorecard.reference.Catalogue;
import vn.dxscorecard.shared.DxProperties;
import vn.dxscorecard.shared.Period;
import vn.dxscorecard.shared.ScorecardJob;

/** The tasklet of the job's publication step. */
@Configuration(proxyBeanMethods = false)
class CycleConfig {

    @Bean
    @StepScope
    PublicationTasklet publicationTasklet(EditionRepository editions, IntakeRepository intake, Catalogue catalogue,
            DxProperties properties, @Value(ScorecardJob.PERIOD_VALUE) String period,
            @Value(ScorecardJob.EDITION_VALUE) long edition, @Value(ScorecardJob.STATUS_VALUE) String status,
            @Value(ScorecardJob.GENERATED_AT_VALUE) String generatedAt) {
        Period p = Period.of(period);
        return new PublicationTasklet(
                editions, catalogue, new Edition(p, (int) edition, EditionStatus.fromId(status),
                        Instant.parse(generatedAt), 0, intake.inputs(p).sha256(), intake.filesUsed(p), ""),
                properties.output().resolve(p.toString()));
    }

}
