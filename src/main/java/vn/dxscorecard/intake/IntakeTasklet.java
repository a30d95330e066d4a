package vn.dxscorecard.intake;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import vn.dxscorecard.reference.Registry;
import vn.dxscorecard.shared.Period;

/**
 * Reads the period's submissions into the staging tables. It first removes what an
 * earlier attempt left there, in the same transaction, so a restart replaces the intake
 * instead of adding to it.
 */
public class IntakeTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(IntakeTasklet.class);

    private final SubmissionIntake intake;

    private final SubmissionFiles submissions;

    private final IntakeRepository repository;

    private final Registry registry;

    private final IntakeProperties properties;

    private final Period period;

    IntakeTasklet(SubmissionIntake intake, SubmissionFiles submissions, IntakeRepository repository, Registry registry,
            IntakeProperties properties, Period period) {
        this.intake = intake;
        this.submissions = submissions;
        this.repository = repository;
        this.registry = registry;
        this.properties = properties;
        this.period = period;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        // The launch's snapshot: the edition reads the files its launcher decided on, and
        // a file that changes since makes the next launch see a change.
        DropSnapshot snapshot = submissions.current();
        Fingerprint inputs = snapshot.fingerprint(period);
        repository.deletePeriod(period);
        List<FileRecord> files;
        try (IntakeRepository.BatchedRowSink sink = repository.sink(period)) {
            files = intake.intake(snapshot, period, registry, sink);
        }
        repository.saveFiles(period, files);
        // In the step's own transaction, never in the job's context: that is saved after
        // the step, and a crash in between would leave the step done and its facts lost.
        repository.saveInputs(period, inputs);
        long rows = files.stream().mapToLong(FileRecord::rowsRead).sum();
        contribution.incrementWriteCount(rows);
        log.info("Intake {}: {} files{}, {} rows read from {}", period, files.size(), FileRecord.tally(files), rows,
                properties.folder());
        return RepeatStatus.FINISHED;
    }

}
