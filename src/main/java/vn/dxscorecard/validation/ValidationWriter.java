package vn.dxscorecard.validation;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import vn.dxscorecard.reference.Period;

/**
 * Writes a chunk's accepted values and rejections in two JDBC batches, and counts rows accepted and rejected per file
 * as they pass: counting them back from a million rejections afterwards took seconds. A restarted step starts over
 * with a new writer, its partial output removed, so the counts always match what was written.
 */
public class ValidationWriter implements ItemWriter<ValidatedRow> {

    private final ValidationRepository values;
    private final RejectionRepository rejections;
    private final Period period;
    private final Map<String, FileCounts> counts = new HashMap<>();

    /** Rows of one file that were accepted and rejected (a row with several rejections counts once). */
    public static final class FileCounts {
        long accepted;
        long rejected;

        public long accepted() {
            return accepted;
        }

        public long rejected() {
            return rejected;
        }
    }

    public ValidationWriter(ValidationRepository values, RejectionRepository rejections, Period period) {
        this.values = values;
        this.rejections = rejections;
        this.period = period;
    }

    @Override
    public void write(Chunk<? extends ValidatedRow> chunk) {
        List<AcceptedValue> accepted = chunk.getItems().stream().filter(ValidatedRow::isAccepted)
                .map(ValidatedRow::accepted).toList();
        List<Rejection> rejected = chunk.getItems().stream().flatMap(r -> r.rejections().stream()).toList();
        values.saveValues(period, accepted);
        rejections.save(period, RejectionRepository.Stage.VALIDATION, rejected);
        for (ValidatedRow row : chunk.getItems()) {
            FileCounts file = counts.computeIfAbsent(row.raw().fileName(), k -> new FileCounts());
            if (row.isAccepted()) {
                file.accepted++;
            } else {
                file.rejected++;
            }
        }
    }

    /** Per file name, everything written so far. */
    public Map<String, FileCounts> counts() {
        return Collections.unmodifiableMap(counts);
    }
}
