package vn.dxscorecard.delivery;

import java.nio.file.Path;
import java.util.List;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import vn.dxscorecard.shared.CsvOutput;
import vn.dxscorecard.shared.Period;

/**
 * {@code output/<period>/delivery.csv} (SPEC §9): every message of the period, rewritten
 * after each delivery run. Not in the manifest: it changes after publication, and it is
 * kept across editions.
 */
class DeliveryReportTasklet implements Tasklet {

    static final String FILE = "delivery.csv";

    private static final List<String> HEADER = List.of("key", "kind", "unit_code", "recipient", "edition", "status",
            "attempts", "last_reply", "sent_at");

    private final OutboxRepository outbox;

    private final Path output;

    DeliveryReportTasklet(OutboxRepository outbox, Path output) {
        this.outbox = outbox;
        this.output = output;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        for (Period period : outbox.periods()) {
            List<List<String>> rows = outbox.of(period)
                .stream()
                .map(e -> List.of(e.key(), e.kind().id(), e.unitCode(), e.recipient(),
                        e.edition() == 0 ? "" : String.valueOf(e.edition()), e.status().id(),
                        String.valueOf(e.attempts()), e.lastReply() == null ? "" : e.lastReply(),
                        e.sentAt() == null ? "" : e.sentAt().toString()))
                .toList();
            CsvOutput.write(output.resolve(period.toString()).resolve(FILE), HEADER, rows);
            contribution.incrementWriteCount(rows.size());
        }
        return RepeatStatus.FINISHED;
    }

}
