package vn.dxscorecard.cycle;

import java.time.Instant;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.dxscorecard.intake.IntakeRepository;
import vn.dxscorecard.intake.Fingerprint;
import vn.dxscorecard.reference.Catalogue;
import vn.dxscorecard.reference.Registry;
import vn.dxscorecard.shared.DxProperties;
import vn.dxscorecard.shared.Period;
import vn.dxscorecard.shared.ScorecardJob;

/** The tasklet of the job's publication step. */
@Configuration(proxyBeanMethods = false)
class CycleConfig {

    @Bean
    @StepScope
    PublicationTasklet publicationTasklet(EditionRepository editions, IntakeRepository intake, Catalogue catalogue,
            Registry registry, DxProperties properties, @Value(ScorecardJob.PERIOD_VALUE) String period,
            @Value(ScorecardJob.EDITION_VALUE) long edition, @Value(ScorecardJob.STATUS_VALUE) String status,
            @Value(ScorecardJob.GENERATED_AT_VALUE) String generatedAt) {
        Period p = Period.of(period);
        Fingerprint files = intake.inputs(p);
        return new PublicationTasklet(editions,
                new Edition(p, (int) edition, EditionStatus.fromId(status), Instant.parse(generatedAt), 0,
                        files.sha256(catalogue.sha256(), registry.sha256()), intake.filesUsed(p), "",
                        new Edition.Inputs(files.sha256(), catalogue.version(), catalogue.sha256(), registry.sha256())),
                properties.output().resolve(p.toString()));
    }

}
