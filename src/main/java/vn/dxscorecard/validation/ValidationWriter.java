package vn.dxscorecard.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import vn.dxscorecard.feedback.Rejection;
import vn.dxscorecard.feedback.RejectionRepository;
import vn.dxscorecard.intake.IntakeRepository;
import vn.dxscorecard.intake.RowCounts;
import vn.dxscorecard.shared.Period;

/**
 * Writes a chunk's accepted values and rejections in two JDBC batches, and counts rows
 * accepted and rejected per file as they pass: counting them back from a million
 * rejections afterwards took seconds. As a listener of its step it owns the step's
 * restart cleanup: before the step, what an earlier attempt wrote is removed (the reader
 * keeps no restart state, so the step starts over), and after it the counts go to the
 * file records.
 */
public class ValidationWriter implements ItemWriter<ValidatedRow>, StepExecutionListener {

    private final ValidationRepository values;

    private final RejectionRepository rejections;

    private final IntakeRepository files;

    private final Period period;

    private final Map<String, long[]> counts = new HashMap<>();

    ValidationWriter(ValidationRepository values, RejectionRepository rejections, IntakeRepository files,
            Period period) {
        this.values = values;
        this.rejections = rejections;
        this.files = files;
        this.period = period;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        values.deleteValues(period);
        rejections.delete(period, RejectionRepository.Stage.VALIDATION);
        counts.clear();
    }

    @Override
    public void write(Chunk<? extends ValidatedRow> chunk) {
        List<AcceptedValue> accepted = chunk.getItems()
            .stream()
            .filter(ValidatedRow::isAccepted)
            .map(ValidatedRow::accepted)
            .toList();
        List<Rejection> rejected = chunk.getItems().stream().flatMap(r -> r.rejections().stream()).toList();
        values.saveValues(period, accepted);
        rejections.save(period, RejectionRepository.Stage.VALIDATION, rejected);
        for (ValidatedRow row : chunk.getItems()) {
            counts.computeIfAbsent(row.raw().fileName(), k -> new long[2])[row.isAccepted() ? 0 : 1]++;
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        Map<String, RowCounts> perFile = new HashMap<>();
        counts.forEach((file, c) -> perFile.put(file, new RowCounts(c[0], c[1])));
        files.updateCounts(period, perFile);
        return stepExecution.getExitStatus();
    }

}
