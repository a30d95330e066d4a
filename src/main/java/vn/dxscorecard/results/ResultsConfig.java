package vn.dxscorecard.results;

import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.context.annotation.ScopedProxyMode;

import vn.dxscorecard.cycle.CycleProperties;
import vn.dxscorecard.cycle.Deadline;
import vn.dxscorecard.cycle.EditionRepository;
import vn.dxscorecard.cycle.EditionStatus;
import vn.dxscorecard.shared.DxProperties;
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
    PeriodReport periodReport(PeriodReportLoader loader, EditionRepository editions, CycleProperties cycle,
            DxProperties properties, @Value(ScorecardJob.PERIOD_VALUE) String period,
            @Value(ScorecardJob.GENERATED_AT_VALUE) String generatedAt, @Value(ScorecardJob.EDITION_VALUE) long edition,
            @Value(ScorecardJob.STATUS_VALUE) String status,
            @Value(ScorecardJob.INPUTS_FINGERPRINT_VALUE) String inputsFingerprint,
            @Value("#{jobExecution.id}") long executionId) {
        Period p = Period.of(period);
        EditionStatus editionStatus = EditionStatus.fromId(status);
        // A correction's number counts the corrections: the first is "Bản đính chính số
        // 1".
        int correction = editionStatus != EditionStatus.CORRECTION ? 0
                : 1 + (int) editions.all(p)
                    .stream()
                    .filter(e -> e.status() == EditionStatus.CORRECTION)
                    .filter(e -> e.number() < edition)
                    .count();
        EditionInfo info = new EditionInfo((int) edition, editionStatus, correction,
                Deadline.of(p, cycle.deadlineDays(), properties.zone()).at(), inputsFingerprint);
        return loader.load(p, executionId, Instant.parse(generatedAt), info);
    }

}
