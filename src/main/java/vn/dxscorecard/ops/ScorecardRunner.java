package vn.dxscorecard.ops;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
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

import vn.dxscorecard.cycle.PublicationRepository;
import vn.dxscorecard.intake.SubmissionFiles;
import vn.dxscorecard.reference.Catalogue;
import vn.dxscorecard.shared.Period;
import vn.dxscorecard.shared.ScorecardJob;

/**
 * Decides what a launch does for its period: start it, resume it after a failure, say it
 * is already complete, or recompute it on {@code --rerun}; and maps the outcome to an
 * exit code. A previous quarter that was never published here but has files is run first,
 * as its own job instance: its published result is what the change since last quarter is
 * read from.
 */
@Component
public class ScorecardRunner {

    static final String RERUN = "rerun";

    private static final Logger log = LoggerFactory.getLogger(ScorecardRunner.class);

    private final JobOperator jobOperator;

    private final JobRepository jobRepository;

    private final List<Job> jobs;

    private final Catalogue catalogue;

    private final PublicationRepository publications;

    private final SubmissionFiles submissions;

    private final RunSummary summary;

    private final Clock clock;

    ScorecardRunner(JobOperator jobOperator, JobRepository jobRepository, List<Job> jobs, Catalogue catalogue,
            PublicationRepository publications, SubmissionFiles submissions, RunSummary summary, Clock clock) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.jobs = jobs;
        this.catalogue = catalogue;
        this.publications = publications;
        this.submissions = submissions;
        this.summary = summary;
        this.clock = clock;
    }

    public int run(Optional<Period> requested, boolean rerun, RunLock lock) throws Exception {
        Period period = requested.orElseGet(() -> Period.lastEnded(clock));
        lock.describe(period.toString());
        if (!catalogue.hasYear(period.year())) {
            throw new UsageException("catalogue " + catalogue.version() + " has no targets for " + period.year()
                    + " (no target_" + period.year() + " column); period " + period + " cannot be scored");
        }
        GracefulShutdown.attach(jobOperator, jobRepository);
        String names = System.getProperty("sun.jnu.encoding", "UTF-8");
        if (!names.equalsIgnoreCase("UTF-8")) {
            log.warn("File names are decoded as {}, not UTF-8 (no UTF-8 locale: LANG is unset?); names with"
                    + " Vietnamese letters are listed as unreadable. Run with LANG=C.UTF-8.", names);
        }
        int previous = runPreviousFirst(period);
        return previous != ExitCodes.COMPLETED ? previous : launch(period, rerun);
    }

    /**
     * Publishes the chain of earlier quarters that have files but no published result
     * here, oldest first.
     */
    private int runPreviousFirst(Period period) throws Exception {
        Period previous = period.previous();
        if (!catalogue.hasYear(previous.year()) || publications.latest(previous).isPresent()
                || !submissions.any(previous)) {
            return ExitCodes.COMPLETED;
        }
        int earlier = runPreviousFirst(previous);
        if (earlier != ExitCodes.COMPLETED) {
            return earlier;
        }
        log.info("Publishing {} first: it has files but no published result here, and {} compares with it", previous,
                period);
        return launch(previous, false);
    }

    private int launch(Period period, boolean rerun) throws Exception {
        List<JobExecution> executions = executionsOf(period);
        Optional<JobExecution> last = executions.stream().findFirst();
        JobParameters parameters;
        if (rerun) {
            long next = executions.stream()
                .map(e -> e.getJobParameters().getLong(RERUN))
                .filter(Objects::nonNull)
                .mapToLong(Long::longValue)
                .max()
                .orElse(0) + 1;
            parameters = fresh(period).addLong(RERUN, next).toJobParameters();
            log.info("Recomputing {} on request (--rerun #{})", period, next);
        }
        else if (last.isPresent() && last.get().getStatus() == BatchStatus.COMPLETED) {
            String when = publications.latest(period)
                .map(p -> p.publishedAt().toString())
                .orElse(String.valueOf(last.get().getEndTime()));
            log.info("Period {} was already completed at {} by job execution {}; nothing to do. "
                    + "Use --rerun to recompute it.", period, when, last.get().getId());
            List<String> changed = submissions.changedSince(period);
            if (!changed.isEmpty()) {
                log.warn("New submissions since the completed run of {}: {} — use --rerun to include them", period,
                        String.join(", ", changed));
            }
            return ExitCodes.COMPLETED;
        }
        else if (last.isPresent()) {
            parameters = last.get().getJobParameters();
            if (last.get().getStatus().isRunning()) {
                log.warn("Job execution {} of {} is marked {} but no process runs it (crashed); marking it failed",
                        last.get().getId(), period, last.get().getStatus());
                jobOperator.recover(last.get());
            }
            log.info("Resuming {} after job execution {} ended {}", period, last.get().getId(), last.get().getStatus());
        }
        else {
            parameters = fresh(period).toJobParameters();
            log.info("Starting {}", period);
        }
        removeOrphanInstance(parameters);
        if (GracefulShutdown.stopping()) {
            log.warn("Termination signal before {} started: not starting it", period);
            return ExitCodes.FAILED;
        }
        JobExecution execution = jobOperator.start(job(), parameters);
        int exitCode = execution.getStatus() == BatchStatus.COMPLETED ? ExitCodes.COMPLETED : ExitCodes.FAILED;
        summary.log(period, "job execution " + execution.getId() + " " + execution.getStatus(), exitCode);
        if (exitCode != ExitCodes.COMPLETED) {
            log.error("Job execution {} of {} ended {} ({}); the next launch resumes from the step that did not"
                    + " complete", execution.getId(), period, execution.getStatus(), causes(execution));
        }
        return exitCode;
    }

    /** Why an execution failed, in one line: the innermost message of each failure. */
    private static String causes(JobExecution execution) {
        List<String> causes = execution.getAllFailureExceptions().stream().map(e -> {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            return root.getClass().getSimpleName() + ": " + root.getMessage();
        }).distinct().toList();
        return causes.isEmpty() ? "stopped" : String.join("; ", causes);
    }

    /**
     * A new instance of the period, stamped with this launch's clock for every attempt it
     * takes.
     */
    private JobParametersBuilder fresh(Period period) {
        return new JobParametersBuilder().addString(ScorecardJob.PERIOD, period.toString())
            .addString(ScorecardJob.GENERATED_AT, clock.instant().toString(), false);
    }

    private Job job() {
        return jobs.stream()
            .filter(j -> j.getName().equals(ScorecardJob.NAME))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no job named " + ScorecardJob.NAME + " is configured"));
    }

    /**
     * A crash between creating a job instance and its first execution leaves an instance
     * that Spring Batch can neither start nor restart; it holds no work, so it is
     * removed.
     */
    private void removeOrphanInstance(JobParameters parameters) {
        JobInstance instance = jobRepository.getJobInstance(ScorecardJob.NAME, parameters);
        if (instance != null && jobRepository.getJobExecutions(instance).isEmpty()) {
            log.warn("Removing job instance {} left without any execution by a crash", instance.getInstanceId());
            jobRepository.deleteJobInstance(instance);
        }
    }

    /** Executions of every instance of the period, newest first. */
    private List<JobExecution> executionsOf(Period period) {
        return jobRepository.findJobInstances(ScorecardJob.NAME)
            .stream()
            .map(JobInstance::getInstanceId)
            .map(jobRepository::getJobInstance)
            .flatMap(i -> jobRepository.getJobExecutions(i).stream())
            .filter(e -> period.toString().equals(e.getJobParameters().getString(ScorecardJob.PERIOD)))
            .sorted(Comparator.comparing(JobExecution::getId).reversed())
            .toList();
    }

}
