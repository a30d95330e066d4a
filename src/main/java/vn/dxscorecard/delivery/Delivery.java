package vn.dxscorecard.delivery;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

import vn.dxscorecard.shared.Period;
import vn.dxscorecard.shared.ScorecardJob;

/**
 * What the launcher asks of delivery (SPEC §9): run the delivery job — plan the launch's
 * own messages for the periods it handled, send everything due, write
 * {@code delivery.csv} — and say whether anything is left undelivered.
 */
@Component
public class Delivery {

    private static final Logger log = LoggerFactory.getLogger(Delivery.class);

    private final DeliveryProperties properties;

    private final OutboxRepository outbox;

    private final JobOperator jobOperator;

    private final JobRepository jobRepository;

    private final List<Job> jobs;

    private final Clock clock;

    private final ObjectProvider<JavaMailSenderImpl> mailSender;

    Delivery(DeliveryProperties properties, OutboxRepository outbox, JobOperator jobOperator,
            JobRepository jobRepository, List<Job> jobs, Clock clock, ObjectProvider<JavaMailSenderImpl> mailSender) {
        this.mailSender = mailSender;
        this.properties = properties;
        this.outbox = outbox;
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.jobs = jobs;
        this.clock = clock;
    }

    public boolean enabled() {
        return properties.enabled();
    }

    /**
     * Messages still to deliver in the mode in force: never tried, refused for now, or
     * only previewed (delivery off or smtp).
     */
    public long pending() {
        return outbox.pending(properties.mode());
    }

    /**
     * What waits and since when, for the log: "3 messages wait since
     * 2026-01-16T02:00:00Z".
     */
    public String waiting() {
        long waiting = pending();
        return waiting + " messages wait" + outbox.waitingSince(properties.mode()).map(t -> " since " + t).orElse("");
    }

    /**
     * How a delivery run ended: messages delivered (sent or written), failed for good in
     * this run, and still pending after it.
     */
    public record Outcome(boolean completed, long delivered, long failed, long pending) {

        /** SPEC §7 exit 4: something of this run, or before it, is not delivered. */
        public boolean undelivered() {
            return !completed || failed > 0 || pending > 0;
        }

    }

    /**
     * Runs the delivery job.
     * @param handled the periods the launch handled (their reminders and receipts of late
     * files are planned); empty to only retry what is due
     */
    public Outcome deliver(List<Period> handled) throws Exception {
        // This launch holds the run lock: a delivery run still marked running died with
        // its process. Its messages are in the outbox, pending or recorded.
        for (JobExecution dead : jobRepository.findRunningJobExecutions(DeliveryJob.NAME)) {
            log.warn("Delivery job execution {} is marked {} but no process runs it (crashed); marking it failed",
                    dead.getId(), dead.getStatus());
            jobOperator.recover(dead);
        }
        String periods = handled.stream().map(Period::toString).distinct().collect(Collectors.joining(","));
        JobExecution execution = jobOperator.start(job(),
                new JobParametersBuilder().addString(DeliveryJob.RUN, UUID.randomUUID().toString())
                    .addString(DeliveryJob.PERIODS, periods, false)
                    .addString(ScorecardJob.GENERATED_AT, clock.instant().toString(), false)
                    .toJobParameters());
        boolean completed = execution.getStatus() == BatchStatus.COMPLETED;
        Outcome outcome = new Outcome(completed, outbox.deliveredBy(execution.getId()),
                outbox.failedBy(execution.getId()), pending());
        String where = properties.mode() == DeliveryMode.EML ? "written to output/<period>/outbox/ (a preview)"
                : "sent to " + server();
        log.info(
                "Delivery ({}): {} messages {}, {} failed for good; {} for the next launch; job execution {} {}; see"
                        + " output/<period>/delivery.csv",
                properties.mode().name().toLowerCase(Locale.ROOT), outcome.delivered(), where, outcome.failed(),
                waiting(), execution.getId(), execution.getStatus());
        return outcome;
    }

    /** The mail server as {@code host:port}, for the log line. */
    private String server() {
        JavaMailSenderImpl sender = mailSender.getIfAvailable();
        return sender == null ? "no server" : SmtpCourier.server(sender);
    }

    private Job job() {
        return jobs.stream()
            .filter(j -> j.getName().equals(DeliveryJob.NAME))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no job named " + DeliveryJob.NAME));
    }

}
