package vn.dxscorecard.validation;

import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import vn.dxscorecard.reference.Period;

/** Writes a chunk's accepted values and rejections in two JDBC batches. */
public class ValidationWriter implements ItemWriter<ValidatedRow> {

    private final ValidationRepository values;
    private final RejectionRepository rejections;
    private final Period period;

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
    }
}
