package vn.dxscorecard.cycle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import vn.dxscorecard.shared.CsvOutput;
import vn.dxscorecard.shared.Sha256;

/**
 * The job's last step: records the edition once the period's folder is complete (its
 * manifest written), then rewrites {@code editions.csv}, every edition ever published
 * (SPEC §8). That file comes after the manifest, which it names by checksum, so it is not
 * in it. A crash after the manifest only repeats this step.
 */
public class PublicationTasklet implements Tasklet {

    static final String EDITIONS = "editions.csv";

    static final String MANIFEST = "manifest.json";

    private static final List<String> HEADER = List.of("edition", "status", "published_at", "job_execution_id",
            "inputs_fingerprint", "files_used", "manifest_sha256");

    private final EditionRepository editions;

    private final Edition edition;

    private final Path periodDir;

    /**
     * @param edition the edition being published, without its job execution and manifest
     * yet
     */
    PublicationTasklet(EditionRepository editions, Edition edition, Path periodDir) {
        this.editions = editions;
        this.edition = edition;
        this.periodDir = periodDir;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        long executionId = chunkContext.getStepContext().getStepExecution().getJobExecutionId();
        Edition published = new Edition(edition.period(), edition.number(), edition.status(), edition.publishedAt(),
                executionId, edition.inputsFingerprint(), edition.filesUsed(), Sha256.of(periodDir.resolve(MANIFEST)),
                edition.inputs());
        editions.record(published);
        List<List<String>> rows = new ArrayList<>();
        for (Edition e : editions.all(edition.period())) {
            rows.add(List.of(String.valueOf(e.number()), e.status().id(), e.publishedAt().toString(),
                    String.valueOf(e.jobExecutionId()), e.inputsFingerprint(), String.valueOf(e.filesUsed()),
                    e.manifestSha256()));
        }
        CsvOutput.write(periodDir.resolve(EDITIONS), HEADER, rows);
        contribution.incrementWriteCount(1);
        return RepeatStatus.FINISHED;
    }

}
