package vn.dxscorecard.delivery;

import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Hands each due message to the courier and records how it went, in the chunk's
 * transaction: one message per chunk, so a crash can repeat at most the message in
 * flight, which then goes again with its own {@code Message-ID}. A launch delivers for at
 * most {@code dx.delivery.max-duration}; what is left then waits for the next one.
 */
class Postman implements ItemWriter<String>, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(Postman.class);

    private final OutboxRepository outbox;

    private final Courier courier;

    private final DueMessages due;

    private final long maxBytes;

    private final Duration maxDuration;

    private final DeliveryMode mode;

    private final Instant now;

    private long jobExecutionId;

    /** When this launch stops delivering, on the machine's own monotonic clock. */
    private long stopAt;

    Postman(OutboxRepository outbox, Courier courier, DueMessages due, DeliveryProperties delivery, Instant now) {
        this.outbox = outbox;
        this.courier = courier;
        this.due = due;
        this.maxBytes = delivery.maxBytes().toBytes();
        this.maxDuration = delivery.maxDuration();
        this.mode = delivery.mode();
        this.now = now;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        jobExecutionId = stepExecution.getJobExecutionId();
        stopAt = System.nanoTime() + maxDuration.toNanos();
    }

    @Override
    public void write(Chunk<? extends String> keys) {
        for (String key : keys) {
            OutboxRepository.Stored message = outbox.find(key).orElse(null);
            if (message == null || !mode.waiting().contains(message.entry().status())) {
                continue;
            }
            if (System.nanoTime() - stopAt > 0) {
                int left = due.stop() + 1;
                log.warn("Delivery stopped after dx.delivery.max-duration ({}): {} more messages wait for the next"
                        + " launch", maxDuration, left);
                return;
            }
            if (message.sizeBytes() > maxBytes) {
                // A limit of our own: never final, sent once the limit is raised.
                outbox.attempted(key, OutboxStatus.PENDING,
                        "not sent: " + message.sizeBytes() + " bytes, over dx.delivery.max-bytes (" + maxBytes + ")",
                        now, jobExecutionId);
                log.warn("{} is not sent: {} bytes, over dx.delivery.max-bytes ({}); it waits", key,
                        message.sizeBytes(), maxBytes);
                continue;
            }
            Courier.Attempt attempt = courier.deliver(message.entry(), message.source());
            outbox.attempted(key, attempt.status(), attempt.reply(), now, jobExecutionId);
            if (attempt.status() == OutboxStatus.FAILED) {
                log.warn("{} failed for good: {}", key, attempt.reply());
            }
            if (attempt.unreachable()) {
                int left = due.stop();
                log.warn("Delivery stopped: {}; {} more messages wait for the next launch", attempt.reply(), left);
            }
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        courier.close();
        return stepExecution.getExitStatus();
    }

}
