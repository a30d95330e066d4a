package vn.dxscorecard.job;

import java.time.Clock;
import java.util.List;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.listener.StepListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import vn.dxscorecard.intake.IntakeRepository;
import vn.dxscorecard.intake.IntakeTasklet;
import vn.dxscorecard.intake.RawRow;
import vn.dxscorecard.intake.RawRowReader;
import vn.dxscorecard.intake.SubmissionIntake;
import vn.dxscorecard.ops.DxProperties;
import vn.dxscorecard.ops.GracefulShutdown;
import vn.dxscorecard.ops.StepProgressListener;
import vn.dxscorecard.ops.PeriodStatusRepository;
import vn.dxscorecard.ranking.PreviousResultsProvider;
import vn.dxscorecard.ranking.RankingRepository;
import vn.dxscorecard.ranking.RankingTasklet;
import vn.dxscorecard.reference.Catalogue;
import vn.dxscorecard.reference.Period;
import vn.dxscorecard.reference.PeriodUnitRepository;
import vn.dxscorecard.reference.Registry;
import vn.dxscorecard.reference.RegistryUnit;
import vn.dxscorecard.report.ManifestWriter;
import vn.dxscorecard.report.PeriodReportLoader;
import vn.dxscorecard.report.PublishTasklet;
import vn.dxscorecard.report.ReportWriter;
import vn.dxscorecard.scoring.ScoreRepository;
import vn.dxscorecard.scoring.ScoredUnit;
import vn.dxscorecard.scoring.Scorer;
import vn.dxscorecard.scoring.ScoringProcessor;
import vn.dxscorecard.scoring.ScoringWriter;
import vn.dxscorecard.validation.RejectionRepository;
import vn.dxscorecard.validation.RowValidator;
import vn.dxscorecard.validation.ValidatedRow;
import vn.dxscorecard.validation.ValidationProcessor;
import vn.dxscorecard.validation.ValidationRepository;
import vn.dxscorecard.validation.ValidationWriter;

/**
 * The quarterly job: reference → intake → validation → scoring → ranking → publish. {@code period} is the identifying
 * parameter. Every step first removes what an earlier attempt of it left for the period, so a restart after a crash
 * resumes at the failed step and ends as one clean run would.
 */
@Configuration(proxyBeanMethods = false)
public class ScorecardJobConfig {

    public static final String JOB_NAME = "dxScorecardJob";
    public static final String PERIOD = "period";
    private static final String PERIOD_PARAM = "#{jobParameters['period']}";


    @Bean
    Job dxScorecardJob(JobRepository jobRepository, Step referenceStep, Step intakeStep, Step validationStep,
            Step scoringStep, Step rankingStep, Step publishStep, GracefulShutdown gracefulShutdown) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(gracefulShutdown)
                .start(referenceStep)
                .next(intakeStep)
                .next(validationStep)
                .next(scoringStep)
                .next(rankingStep)
                .next(publishStep)
                .build();
    }

    // --- reference: fix the period's roster of units

    @Bean
    Step referenceStep(JobRepository jobRepository, PlatformTransactionManager tm, Tasklet referenceTasklet,
            StepProgressListener progress) {
        return new StepBuilder("referenceStep", jobRepository).tasklet(referenceTasklet, tm).listener((StepExecutionListener) progress)
                .build();
    }

    @Bean
    @StepScope
    Tasklet referenceTasklet(PeriodUnitRepository units, Registry registry, @Value(PERIOD_PARAM) String period) {
        Period p = period(period);
        return (contribution, context) -> {
            List<RegistryUnit> valid = registry.validOn(p.lastDay());
            units.replace(p, valid);
            contribution.incrementWriteCount(valid.size());
            return RepeatStatus.FINISHED;
        };
    }

    // --- intake: files into staging rows

    @Bean
    Step intakeStep(JobRepository jobRepository, PlatformTransactionManager tm, Tasklet intakeTasklet,
            StepProgressListener progress) {
        return new StepBuilder("intakeStep", jobRepository).tasklet(intakeTasklet, tm).listener((StepExecutionListener) progress).build();
    }

    @Bean
    @StepScope
    Tasklet intakeTasklet(SubmissionIntake intake, IntakeRepository repository, Registry registry,
            DxProperties properties, @Value(PERIOD_PARAM) String period) {
        return new IntakeTasklet(intake, repository, registry, properties, period(period));
    }

    // --- validation: staged rows into accepted values and rejections

    @Bean
    Step validationStep(JobRepository jobRepository, PlatformTransactionManager tm,
            RawRowReader rawRowReader, ValidationProcessor validationProcessor,
            ValidationWriter validationWriter, StepExecutionListener validationListener,
            StepProgressListener progress, JobTuning tuning) {
        return new StepBuilder("validationStep", jobRepository)
                .<RawRow, ValidatedRow>chunk(tuning.validationChunk())
                .transactionManager(tm)
                .reader(rawRowReader)
                .processor(validationProcessor)
                .writer(validationWriter)
                .listener(validationListener)
                .listener((StepListener) progress)
                .build();
    }

    @Bean
    @StepScope
    RawRowReader rawRowReader(IntakeRepository staging, JobTuning tuning, @Value(PERIOD_PARAM) String period) {
        return new RawRowReader(staging, period(period), tuning.validationChunk());
    }

    @Bean
    @StepScope
    ValidationProcessor validationProcessor(Catalogue catalogue, Registry registry, ValidationRepository values,
            @Value(PERIOD_PARAM) String period) {
        Period p = period(period);
        return new ValidationProcessor(new RowValidator(catalogue, registry, p), values.duplicateIndicators(p));
    }

    @Bean
    @StepScope
    ValidationWriter validationWriter(ValidationRepository values, RejectionRepository rejections,
            @Value(PERIOD_PARAM) String period) {
        return new ValidationWriter(values, rejections, period(period));
    }

    @Bean
    @StepScope
    StepExecutionListener validationListener(ValidationRepository values, RejectionRepository rejections,
            ValidationWriter validationWriter, @Value(PERIOD_PARAM) String period) {
        Period p = period(period);
        return new StepExecutionListener() {
            @Override
            public void beforeStep(StepExecution stepExecution) {
                values.deleteValues(p);
                rejections.delete(p, RejectionRepository.Stage.VALIDATION);
            }

            @Override
            public org.springframework.batch.core.ExitStatus afterStep(StepExecution stepExecution) {
                values.updateFileCounts(p, validationWriter.counts());
                return stepExecution.getExitStatus();
            }
        };
    }

    // --- scoring: one unit at a time

    @Bean
    Step scoringStep(JobRepository jobRepository, PlatformTransactionManager tm, ListItemReader<RegistryUnit> unitReader,
            ScoringProcessor scoringProcessor, ScoringWriter scoringWriter, StepExecutionListener scoringListener,
            StepProgressListener progress, JobTuning tuning) {
        return new StepBuilder("scoringStep", jobRepository)
                .<RegistryUnit, ScoredUnit>chunk(tuning.scoringChunk())
                .transactionManager(tm)
                .reader(unitReader)
                .processor(scoringProcessor)
                .writer(scoringWriter)
                .listener(scoringListener)
                .listener((StepListener) progress)
                .build();
    }

    @Bean
    @StepScope
    ListItemReader<RegistryUnit> unitReader(PeriodUnitRepository units, @Value(PERIOD_PARAM) String period) {
        return new ListItemReader<>(units.findAll(period(period)));
    }

    @Bean
    @StepScope
    ScoringProcessor scoringProcessor(Scorer scorer, ValidationRepository values, IntakeRepository files,
            @Value(PERIOD_PARAM) String period) {
        Period p = period(period);
        return new ScoringProcessor(scorer, values, files.submittedUnits(p), p);
    }

    @Bean
    @StepScope
    ScoringWriter scoringWriter(ScoreRepository scores, @Value(PERIOD_PARAM) String period) {
        return new ScoringWriter(scores, period(period));
    }

    @Bean
    @StepScope
    StepExecutionListener scoringListener(ScoreRepository scores, @Value(PERIOD_PARAM) String period) {
        Period p = period(period);
        return new StepExecutionListener() {
            @Override
            public void beforeStep(StepExecution stepExecution) {
                scores.delete(p);
            }
        };
    }

    // --- ranking: groups, ranks, change since last quarter

    @Bean
    Step rankingStep(JobRepository jobRepository, PlatformTransactionManager tm, Tasklet rankingTasklet,
            StepProgressListener progress) {
        return new StepBuilder("rankingStep", jobRepository).tasklet(rankingTasklet, tm).listener((StepExecutionListener) progress).build();
    }

    @Bean
    @StepScope
    Tasklet rankingTasklet(PeriodUnitRepository units, ScoreRepository scores, RankingRepository rankings,
            PreviousResultsProvider previous, Registry registry, @Value(PERIOD_PARAM) String period) {
        return new RankingTasklet(units, scores, rankings, previous, registry, period(period));
    }

    // --- publish: every output file, then the period is complete

    @Bean
    Step publishStep(JobRepository jobRepository, PlatformTransactionManager tm, Tasklet publishTasklet,
            StepProgressListener progress) {
        return new StepBuilder("publishStep", jobRepository).tasklet(publishTasklet, tm).listener((StepExecutionListener) progress).build();
    }

    @Bean
    @StepScope
    Tasklet publishTasklet(PeriodReportLoader loader, List<ReportWriter> writers, ManifestWriter manifest,
            PeriodStatusRepository status, DxProperties properties, Catalogue catalogue, Clock clock,
            JobTuning tuning, @Value(PERIOD_PARAM) String period) {
        return new PublishTasklet(loader, writers, manifest, status, properties, catalogue, clock, tuning::pauseNow,
                period(period));
    }

    static Period period(String text) {
        return Period.parse(text).orElseThrow(() -> new IllegalArgumentException("bad period parameter " + text));
    }
}
