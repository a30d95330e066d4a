package vn.dxscorecard.ops;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import vn.dxscorecard.intake.NewSubmissions;
import vn.dxscorecard.job.ScorecardJobConfig;
import vn.dxscorecard.reference.Catalogue;
import vn.dxscorecard.reference.Period;

/**
 * Decides what a launch does for its period: start it, resume it after a failure, say it is already complete, or
 * recompute it on {@code --rerun}; and maps the outcome to an exit code.
 */
@Component
public class ScorecardRunner {

    static final String RERUN = "rerun";
    private static final Logger log = LoggerFactory.getLogger(ScorecardRunner.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job job;
    private final Catalogue catalogue;
    private final PeriodStatusRepository periodStatus;
    private final NewSubmissions newSubmissions;
    private final RunSummary summary;
    private final DxProperties properties;
    private final Clock clock;

    public ScorecardRunner(JobOperator jobOperator, JobRepository jobRepository, Job job, Catalogue catalogue,
            PeriodStatusRepository periodStatus, NewSubmissions newSubmissions, RunSummary summary,
            DxProperties properties, Clock clock) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.job = job;
        this.catalogue = catalogue;
        this.periodStatus = periodStatus;
        this.newSubmissions = newSubmissions;
        this.summary = summary;
        this.properties = properties;
        this.clock = clock;
    }

    public int run(Optional<Period> requested, boolean rerun, RunLock lock) throws Exception {
        Period period = requested.orElseGet(() -> Period.lastEnded(clock));
        lock.describe(period.toString());
        if (!catalogue.hasYear(period.year())) {
            throw new UsageException("catalogue " + catalogue.version() + " has no targets for " + period.year()
                    + " (no target_" + period.year() + " column); period " + period + " cannot be scored");
        }
        List<JobExecution> executions = executionsOf(period);
        Optional<JobExecution> last = executions.stream().findFirst();
        JobParameters parameters;
        if (rerun) {
            long next = executions.stream().map(e -> e.getJobParameters().getLong(RERUN)).filter(r -> r != null)
                    .mapToLong(Long::longValue).max().orElse(0) + 1;
            parameters = new JobParametersBuilder().addString(ScorecardJobConfig.PERIOD, period.toString())
                    .addLong(RERUN, next).toJobParameters();
            log.info("Recomputing {} on request (--rerun #{})", period, next);
        } else if (last.isPresent() && last.get().getStatus() == BatchStatus.COMPLETED) {
            String when = periodStatus.completed(period).map(c -> c.completedAt().toString())
                    .orElse(String.valueOf(last.get().getEndTime()));
            log.info("Period {} was already completed at {} by job execution {}; nothing to do. "
                    + "Use --rerun to recompute it.", period, when, last.get().getId());
            List<String> changed = newSubmissions.since(period, properties.input());
            if (!changed.isEmpty()) {
                log.warn("New submissions since the completed run of {}: {} — use --rerun to include them", period,
                        String.join(", ", changed));
            }
            return ExitCodes.COMPLETED;
        } else if (last.isPresent()) {
            parameters = last.get().getJobParameters();
            if (last.get().getStatus().isRunning()) {
                log.warn("Job execution {} of {} is marked {} but no process runs it (crashed); marking it failed",
                        last.get().getId(), period, last.get().getStatus());
                jobOperator.recover(last.get());
            }
            log.info("Resuming {} after job execution {} ended {}", period, last.get().getId(),
                    last.get().getStatus());
        } else {
            parameters = new JobParametersBuilder().addString(ScorecardJobConfig.PERIOD, period.toString())
                    .toJobParameters();
            log.info("Starting {}", period);
        }
        removeOrphanInstance(parameters);
        JobExecution execution = jobOperator.start(job, parameters);
        int exitCode = execution.getStatus() == BatchStatus.COMPLETED ? ExitCodes.COMPLETED : ExitCodes.FAILED;
        summary.log(period, "job execution " + execution.getId() + " " + execution.getStatus(), exitCode);
        if (exitCode != ExitCodes.COMPLETED) {
            log.error("Job execution {} of {} ended {}; the next launch resumes from the step that did not complete",
                    execution.getId(), period, execution.getStatus());
        }
        return exitCode;
    }

    /**
     * A crash between creating a job instance and its first execution leaves an instance that Spring Batch can
     * neither start nor restart; it holds no work, so it is removed.
     */
    private void removeOrphanInstance(JobParameters parameters) {
        JobInstance instance = jobRepository.getJobInstance(ScorecardJobConfig.JOB_NAME, parameters);
        if (instance != null && jobRepository.getJobExecutions(instance).isEmpty()) {
            log.warn("Removing job instance {} left without any execution by a crash", instance.getInstanceId());
            jobRepository.deleteJobInstance(instance);
        }
    }

    /** Executions of every instance of the period, newest first. */
    private List<JobExecution> executionsOf(Period period) {
        return jobRepository.findJobInstances(ScorecardJobConfig.JOB_NAME).stream()
                .map(JobInstance::getInstanceId)
                .map(jobRepository::getJobInstance)
                .flatMap(i -> jobRepository.getJobExecutions(i).stream())
                .filter(e -> period.toString().equals(e.getJobParameters().getString(ScorecardJobConfig.PERIOD)))
                .sorted(Comparator.comparing(JobExecution::getId).reversed())
                .toList();
    }
}
