package vn.dxscorecard.results;

import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.context.annotation.ScopedProxyMode;

import vn.dxscorecard.cycle.EditionStatus;
import vn.dxscorecard.intake.IntakeRepository;
import vn.dxscorecard.reference.Catalogue;
import vn.dxscorecard.reference.Registry;
import vn.dxscorecard.shared.Period;
import vn.dxscorecard.shared.ScorecardJob;

/**
 * The period's report, read once per job execution and shared by the steps that publish
 * it (the scorecards, then the other files). Job-scoped without a proxy: only step-scoped
 * beans use it, and they are created while the job runs on its own thread.
 */
@Configuration(proxyBeanMethods = false)
class ResultsConfig {

    @Bean
    @Scope(scopeName = "job", proxyMode = ScopedProxyMode.NO)
    PeriodReport periodReport(PeriodReportLoader loader, EditionInfos editions, IntakeRepository intake,
            Catalogue catalogue, Registry registry, @Value(ScorecardJob.PERIOD_VALUE) String period,
            @Value(ScorecardJob.GENERATED_AT_VALUE) String generatedAt, @Value(ScorecardJob.EDITION_VALUE) long edition,
            @Value(ScorecardJob.STATUS_VALUE) String status, @Value("#{jobExecution.id}") long executionId) {
        Period p = Period.of(period);
        EditionInfo info = editions.of(p, (int) edition, EditionStatus.fromId(status),
                intake.inputs(p).sha256(catalogue.sha256(), registry.sha256()));
        return loader.load(p, executionId, Instant.parse(generatedAt), info);
    }

}
