package vn.dxscorecard.ops;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import vn.dxscorecard.cycle.CycleProperties;
import vn.dxscorecard.cycle.Deadline;
import vn.dxscorecard.cycle.Edition;
import vn.dxscorecard.cycle.EditionRepository;
import vn.dxscorecard.cycle.EditionRule;
import vn.dxscorecard.delivery.Delivery;
import vn.dxscorecard.intake.SubmissionFiles;
import vn.dxscorecard.reference.Catalogue;
import vn.dxscorecard.reference.Registry;
import vn.dxscorecard.shared.DxProperties;
import vn.dxscorecard.shared.Failures;
import vn.dxscorecard.shared.Period;
import vn.dxscorecard.shared.ScorecardJob;

/**
 * What a launch does (SPEC §8): without {@code --period} it first finalises every earlier
 * period whose provisional edition is past its deadline, oldest first; then, for its
 * period, it resumes an edition a crash or a failure left unfinished, or publishes the
 * edition {@link EditionRule} says is due, or says in one line why there is nothing to
 * do. A previous quarter that has files but no edition here is published first, so the
 * change since last quarter always comes from a published result. Each edition is a job
 * instance of its own.
 */
@Component
public class ScorecardRunner {

    private static final Logger log = LoggerFactory.getLogger(ScorecardRunner.class);

    private final JobOperator jobOperator;

    private final JobRepository jobRepository;

    private final List<Job> jobs;

    private final Catalogue catalogue;

    private final EditionRepository editions;

    private final SubmissionFiles submissions;

    private final RunSummary summary;

    private final CycleProperties cycle;

    private final DxProperties properties;

    private final Clock clock;

    private final Delivery delivery;

    private final Registry registry;

    ScorecardRunner(JobOperator jobOperator, JobRepository jobRepository, List<Job> jobs, Catalogue catalogue,
            Registry registry, EditionRepository editions, SubmissionFiles submissions, RunSummary summary,
            CycleProperties cycle, DxProperties properties, Clock clock, Delivery delivery) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.jobs = jobs;
        this.catalogue = catalogue;
        this.registry = registry;
        this.editions = editions;
        this.submissions = submissions;
        this.summary = summary;
        this.cycle = cycle;
        this.properties = properties;
        this.clock = clock;
        this.delivery = delivery;
    }

    public int run(Optional<Period> requested, boolean rerun, RunLock lock) throws Exception {
        Instant now = clock.instant();
        Period period = requested.orElseGet(() -> Period.lastEnded(clock));
        lock.describe(period.toString());
        if (requested.isPresent()) {
            requireTargets(period);
        }
        GracefulShutdown.attach(jobRepository);
        String names = System.getProperty("sun.jnu.encoding", "UTF-8");
        if (!names.equalsIgnoreCase("UTF-8")) {
            log.warn("File names are decoded as {}, not UTF-8 (no UTF-8 locale: LANG is unset?); names with"
                    + " Vietnamese letters are listed as unreadable. Run with LANG=C.UTF-8.", names);
        }
        List<Period> handled = new ArrayList<>();
        submissions.look();
        try {
            return publishAndDeliver(period, requested.isEmpty(), rerun, now, handled);
        }
        finally {
            submissions.forget();
        }
    }

    private int publishAndDeliver(Period period, boolean nightly, boolean rerun, Instant now, List<Period> handled)
            throws Exception {
        // Publishing never waits on mail (SPEC §9): what earlier launches left to
        // deliver goes after this launch's editions, with them.
        int code = publish(period, nightly, rerun, now, handled);
        if (GracefulShutdown.stopping()) {
            return code;
        }
        if (!delivery.enabled()) {
            if (delivery.pending() == 0) {
                return code;
            }
            log.warn("Delivery is off (dx.delivery.mode=off) and {} from earlier launches: they are not delivered",
                    delivery.waiting());
            return code == ExitCodes.COMPLETED ? ExitCodes.UNDELIVERED : code;
        }
        Delivery.Outcome outcome = delivery.deliver(code == ExitCodes.COMPLETED ? handled : List.of());
        if (GracefulShutdown.stopping()) {
            return ExitCodes.FAILED;
        }
        if (code != ExitCodes.COMPLETED) {
            return code;
        }
        return outcome.undelivered() ? ExitCodes.UNDELIVERED : ExitCodes.COMPLETED;
    }

    /**
     * SPEC §8 for the launch: without {@code --period}, the earlier provisional periods
     * past their deadline first, then the period.
     */
    private int publish(Period period, boolean nightly, boolean rerun, Instant now, List<Period> handled)
            throws Exception {
        if (nightly) {
            // Earlier periods are finalised even when the catalogue has no targets yet
            // for
            // the quarter that has just ended: their deadline does not wait for it.
            for (Period earlier : editions.provisionalBefore(period)) {
                if (!deadline(earlier).open(now)) {
                    handled.add(earlier);
                    int code = handle(earlier, false, now);
                    if (code != ExitCodes.COMPLETED) {
                        return code;
                    }
                }
            }
            requireTargets(period);
        }
        handled.add(period);
        return handle(period, rerun, now);
    }

    private void requireTargets(Period period) {
        if (!catalogue.hasYear(period.year())) {
            throw new UsageException("catalogue " + catalogue.version() + " has no targets for " + period.year()
                    + " (no target_" + period.year() + " column); period " + period + " cannot be scored");
        }
    }

    private int handle(Period period, boolean rerun, Instant now) throws Exception {
        int previous = previousFirst(period, now);
        if (previous != ExitCodes.COMPLETED) {
            return previous;
        }
        Optional<JobExecution> unfinished = unfinished(period);
        if (unfinished.isPresent()) {
            return resume(period, unfinished.get());
        }
        Optional<Edition> latest = editions.latest(period);
        Deadline deadline = deadline(period);
        Changes changes = latest.map(edition -> changesSince(period, edition)).orElse(Changes.NONE);
        boolean changed = changes.any();
        Optional<EditionRule.Publish> due = EditionRule.decide(latest, deadline, now, changed, rerun);
        if (due.isEmpty()) {
            nothingToDo(period, latest.orElseThrow(), deadline, changes);
            return ExitCodes.COMPLETED;
        }
        EditionRule.Publish publish = due.get();
        if (latest.isPresent() && now.isBefore(latest.get().publishedAt())) {
            // An edition dated before the one it follows (a clock stepped back, a wrong
            // --dx.clock) would misstate which is the latest, a final one included.
            throw new UsageException("the clock says " + stamp(now) + ", earlier than " + period + " edition "
                    + latest.get().number() + " (" + latest.get().status().id() + "), published at "
                    + stamp(latest.get().publishedAt()) + ": not publishing edition " + publish.number()
                    + " dated before it; check the machine's clock or --dx.clock");
        }
        String why = publish.reason() == EditionRule.Reason.FILES_CHANGED ? changes.describe()
                : publish.reason().words();
        return launch(period, publish, why, now);
    }

    /**
     * What differs between a period's inputs now and those of its latest edition (SPEC
     * §8).
     *
     * @param files the files added, changed or removed ("added x"); empty when the file
     * list is the same
     * @param reference "catalogue changed: 2024-2025.1 → 2024-2026.1", "registry changed
     * (…)"
     */
    record Changes(boolean filesChanged, List<String> files, List<String> reference) {

        static final Changes NONE = new Changes(false, List.of(), List.of());

        boolean any() {
            return filesChanged || !reference.isEmpty();
        }

        /**
         * "files changed: added x; catalogue changed: A → B", as the log names an
         * edition.
         */
        String describe() {
            List<String> parts = new ArrayList<>();
            if (filesChanged) {
                parts.add(EditionRule.Reason.FILES_CHANGED.words()
                        + (files.isEmpty() ? "" : ": " + String.join(", ", files)));
            }
            parts.addAll(reference);
            return String.join("; ", parts);
        }

    }

    private Changes changesSince(Period period, Edition latest) {
        Edition.Inputs then = latest.inputs();
        boolean filesChanged = !submissions.current().fingerprint(period).sha256().equals(then.filesFingerprint());
        List<String> reference = new ArrayList<>();
        if (!catalogue.sha256().equals(then.catalogueSha256())) {
            reference.add("catalogue changed: " + then.catalogueVersion() + " → " + catalogue.version()
                    + (catalogue.version().equals(then.catalogueVersion())
                            ? " (same version, other content: SHA-256 " + catalogue.sha256().substring(0, 12) + ")"
                            : ""));
        }
        if (then.registrySha256() != null && !then.registrySha256().equals(registry.sha256())) {
            reference.add("registry changed (SHA-256 " + short12(then.registrySha256()) + " → "
                    + short12(registry.sha256()) + ")");
        }
        return new Changes(filesChanged, filesChanged ? submissions.changesSinceLastIntake(period) : List.of(),
                reference);
    }

    private static String short12(String sha256) {
        return sha256.substring(0, Math.min(12, sha256.length()));
    }

    private void nothingToDo(Period period, Edition latest, Deadline deadline, Changes changes) {
        if (!latest.status().settled()) {
            log.info("{}: nothing to do: edition {} (provisional) is up to date with the period's files; it stays"
                    + " open until {}", period, latest.number(), deadline.at());
            return;
        }
        log.info("{}: nothing to do: edition {} ({}) is final since {}; --rerun publishes a correction", period,
                latest.number(), latest.status().id(), stamp(latest.publishedAt()));
        if (changes.filesChanged()) {
            log.warn("{} is closed: files changed since its final edition are not used: {}", period,
                    String.join(", ", changes.files()));
        }
        if (!changes.reference().isEmpty()) {
            log.info("{} stays as published: {} since its final edition; --rerun publishes a correction with the"
                    + " reference in use now", period, String.join("; ", changes.reference()));
        }
    }

    /**
     * The quarter before: an edition left unfinished is completed, and one never
     * published but with files is published (as its first edition), each after its own
     * previous quarter.
     */
    private int previousFirst(Period period, Instant now) throws Exception {
        Period previous = period.previous();
        if (!catalogue.hasYear(previous.year())) {
            return ExitCodes.COMPLETED;
        }
        Optional<JobExecution> unfinished = unfinished(previous);
        if (unfinished.isPresent()) {
            log.info("Completing {} first: {} compares with it", previous, period);
            return resume(previous, unfinished.get());
        }
        if (editions.latest(previous).isPresent() || !submissions.current().any(previous)) {
            return ExitCodes.COMPLETED;
        }
        int earlier = previousFirst(previous, now);
        if (earlier != ExitCodes.COMPLETED) {
            return earlier;
        }
        log.info("Publishing {} first: it has files but no edition here, and {} compares with it", previous, period);
        EditionRule.Publish first = EditionRule.decide(Optional.empty(), deadline(previous), now, false, false)
            .orElseThrow();
        return launch(previous, first, first.reason().words(), now);
    }

    private int launch(Period period, EditionRule.Publish publish, String why, Instant now) throws Exception {
        if (publish.status().settled()) {
            List<String> unsettled = submissions.awaitSettled(period, GracefulShutdown::stopping);
            if (!unsettled.isEmpty()) {
                log.warn("{}: files still being written are left out of the {} edition: {}", period,
                        publish.status().id(), String.join(", ", unsettled));
            }
        }
        JobParameters parameters = new JobParametersBuilder().addString(ScorecardJob.PERIOD, period.toString())
            .addLong(ScorecardJob.EDITION, (long) publish.number())
            .addString(ScorecardJob.STATUS, publish.status().id(), false)
            .addString(ScorecardJob.GENERATED_AT, now.toString(), false)
            .addString(ScorecardJob.REASON, why, false)
            .toJobParameters();
        log.info("Starting {} edition {} ({}): {}", period, publish.number(), publish.status().id(), why);
        return execute(period, parameters);
    }

    private int resume(Period period, JobExecution last) throws Exception {
        JobParameters parameters = last.getJobParameters();
        if (last.getStatus().isRunning()) {
            log.warn("Job execution {} of {} is marked {} but no process runs it (crashed); marking it failed",
                    last.getId(), period, last.getStatus());
            jobOperator.recover(last);
        }
        log.info("Resuming {} edition {} after job execution {} ended {}", period,
                parameters.getLong(ScorecardJob.EDITION), last.getId(), last.getStatus());
        return execute(period, parameters);
    }

    private int execute(Period period, JobParameters parameters) throws Exception {
        removeOrphanInstance(parameters);
        if (GracefulShutdown.stopping()) {
            log.warn("Termination signal before {} started: not starting it", period);
            return ExitCodes.FAILED;
        }
        JobExecution execution;
        try {
            execution = jobOperator.start(job(), parameters);
        }
        catch (RuntimeException | JobExecutionException e) {
            // The job repository itself failed (a full disk, a lost database): the
            // summary still says what there is.
            summary.log(period, edition(parameters), "failed to run: " + e.getMessage(), ExitCodes.FAILED);
            throw e;
        }
        int exitCode = execution.getStatus() == BatchStatus.COMPLETED ? ExitCodes.COMPLETED : ExitCodes.FAILED;
        summary.log(period, edition(parameters), "job execution " + execution.getId() + " " + execution.getStatus(),
                exitCode);
        if (exitCode != ExitCodes.COMPLETED) {
            log.error("Job execution {} of {} ended {} ({}); the next launch resumes from the step that did not"
                    + " complete", execution.getId(), period, execution.getStatus(), causes(execution));
        }
        return exitCode;
    }

    /**
     * "edition 2 (provisional, files changed: added 01_2025-Q4_r2.csv)", as the summary
     * names it.
     */
    private static String edition(JobParameters parameters) {
        return "edition " + parameters.getLong(ScorecardJob.EDITION) + " (" + parameters.getString(ScorecardJob.STATUS)
                + ", " + parameters.getString(ScorecardJob.REASON) + ")";
    }

    private String stamp(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(properties.zone()));
    }

    private Deadline deadline(Period period) {
        return Deadline.of(period, cycle.deadlineDays(), properties.zone());
    }

    /**
     * The period's newest execution when it did not complete: its edition is resumed
     * before anything else.
     */
    private Optional<JobExecution> unfinished(Period period) {
        return executionsOf(period).stream().findFirst().filter(e -> e.getStatus() != BatchStatus.COMPLETED);
    }

    /** Why an execution failed, in one line: the innermost message of each failure. */
    private static String causes(JobExecution execution) {
        List<String> causes = execution.getAllFailureExceptions().stream().map(Failures::describe).distinct().toList();
        return causes.isEmpty() ? "stopped" : String.join("; ", causes);
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
