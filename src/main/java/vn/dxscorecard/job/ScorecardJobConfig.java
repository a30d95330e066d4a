package vn.dxscorecard.job;

import java.nio.file.Path;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import vn.dxscorecard.cycle.PublicationTasklet;
import vn.dxscorecard.delivery.OutboxTasklet;
import vn.dxscorecard.intake.IntakeTasklet;
import vn.dxscorecard.intake.RawRow;
import vn.dxscorecard.intake.RawRowReader;
import vn.dxscorecard.ranking.RankingEntry;
import vn.dxscorecard.ranking.RankingTasklet;
import vn.dxscorecard.reference.RegistryUnit;
import vn.dxscorecard.reference.RosterTasklet;
import vn.dxscorecard.report.PublishTasklet;
import vn.dxscorecard.report.ScorecardProgress;
import vn.dxscorecard.report.ScorecardReader;
import vn.dxscorecard.report.ScorecardRenderer;
import vn.dxscorecard.scoring.ScoredUnit;
import vn.dxscorecard.scoring.ScoringProcessor;
import vn.dxscorecard.scoring.ScoringWriter;
import vn.dxscorecard.shared.ScorecardJob;
import vn.dxscorecard.validation.ValidatedRow;
import vn.dxscorecard.validation.ValidationProcessor;
import vn.dxscorecard.validation.ValidationWriter;

/**
 * The quarterly job, wired from the beans each feature declares: roster → intake →
 * validation → scoring → ranking → scorecards → publish → publication → outbox.
 * {@code period} and {@code edition} identify a job instance. Each step's restart cleanup
 * is its own tasklet's or writer's, so a restart resumes at the step that did not
 * complete and ends as one clean run would.
 */
@Configuration(proxyBeanMethods = false)
class ScorecardJobConfig {

    @Bean
    Job dxScorecardJob(JobRepository jobRepository, Step referenceStep, Step intakeStep, Step validationStep,
            Step scoringStep, Step rankingStep, Step scorecardStep, Step publishStep, Step publicationStep,
            Step outboxStep) {
        return new JobBuilder(ScorecardJob.NAME, jobRepository).start(referenceStep)
            .next(intakeStep)
            .next(validationStep)
            .next(scoringStep)
            .next(rankingStep)
            .next(scorecardStep)
            .next(publishStep)
            .next(publicationStep)
            .next(outboxStep)
            .build();
    }

    @Bean
    Step referenceStep(JobRepository jobRepository, PlatformTransactionManager tm, RosterTasklet rosterTasklet,
            StepLog stepLog) {
        return tasklet("referenceStep", jobRepository, tm, rosterTasklet, stepLog);
    }

    @Bean
    Step intakeStep(JobRepository jobRepository, PlatformTransactionManager tm, IntakeTasklet intakeTasklet,
            StepLog stepLog) {
        return tasklet("intakeStep", jobRepository, tm, intakeTasklet, stepLog);
    }

    @Bean
    Step validationStep(JobRepository jobRepository, PlatformTransactionManager tm, RawRowReader rawRowReader,
            ValidationProcessor validationProcessor, ValidationWriter validationWriter, StepLog stepLog,
            ChunkProgress progress, JobProperties properties) {
        return new StepBuilder("validationStep", jobRepository)
            .<RawRow, ValidatedRow>chunk(properties.validationChunk())
            .transactionManager(tm)
            .reader(rawRowReader)
            .processor(validationProcessor)
            .writer(validationWriter)
            .listener(stepLog)
            .listener(progress)
            .build();
    }

    @Bean
    Step scoringStep(JobRepository jobRepository, PlatformTransactionManager tm, ItemReader<RegistryUnit> rosterReader,
            ScoringProcessor scoringProcessor, ScoringWriter scoringWriter, StepLog stepLog, ChunkProgress progress,
            JobProperties properties) {
        return new StepBuilder("scoringStep", jobRepository).<RegistryUnit, ScoredUnit>chunk(properties.scoringChunk())
            .transactionManager(tm)
            .reader(rosterReader)
            .processor(scoringProcessor)
            .writer(scoringWriter)
            .listener(stepLog)
            .listener(progress)
            .build();
    }

    @Bean
    Step rankingStep(JobRepository jobRepository, PlatformTransactionManager tm, RankingTasklet rankingTasklet,
            StepLog stepLog) {
        return tasklet("rankingStep", jobRepository, tm, rankingTasklet, stepLog);
    }

    /** Scorecards are laid out several at a time, each chunk's on the render threads. */
    @Bean
    Step scorecardStep(JobRepository jobRepository, PlatformTransactionManager tm, ScorecardReader scorecardReader,
            ScorecardRenderer scorecardRenderer, ScorecardProgress scorecardProgress,
            ThreadPoolTaskExecutor renderExecutor, StepLog stepLog, JobProperties properties) {
        return new StepBuilder("scorecardStep", jobRepository).<RankingEntry, Path>chunk(properties.scorecardChunk())
            .transactionManager(tm)
            .reader(scorecardReader)
            .processor(scorecardRenderer)
            .writer(scorecardProgress)
            .taskExecutor(renderExecutor)
            .listener(stepLog)
            .build();
    }

    @Bean
    Step publishStep(JobRepository jobRepository, PlatformTransactionManager tm, PublishTasklet publishTasklet,
            StepLog stepLog) {
        return tasklet("publishStep", jobRepository, tm, publishTasklet, stepLog);
    }

    @Bean
    Step publicationStep(JobRepository jobRepository, PlatformTransactionManager tm,
            PublicationTasklet publicationTasklet, StepLog stepLog) {
        return tasklet("publicationStep", jobRepository, tm, publicationTasklet, stepLog);
    }

    /**
     * The edition's messages (SPEC §9) recorded in the outbox, after the publication:
     * sending them is the delivery job's.
     */
    @Bean
    Step outboxStep(JobRepository jobRepository, PlatformTransactionManager tm, OutboxTasklet outboxTasklet,
            StepLog stepLog) {
        return tasklet("outboxStep", jobRepository, tm, outboxTasklet, stepLog);
    }

    @Bean
    ThreadPoolTaskExecutor renderExecutor(JobProperties properties) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(properties.threads());
        executor.setMaxPoolSize(properties.threads());
        executor.setThreadNamePrefix("scorecard-");
        executor.setDaemon(true);
        // A failed chunk abandons its other scorecards; they finish before the context
        // closes, never after it.
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(60);
        return executor;
    }

    private static Step tasklet(String name, JobRepository jobRepository, PlatformTransactionManager tm,
            Tasklet tasklet, StepLog stepLog) {
        return new StepBuilder(name, jobRepository).tasklet(tasklet, tm).listener(stepLog).build();
    }

}
