package vn.dxscorecard.cycle;

import java.time.Instant;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import vn.dxscorecard.reference.Catalogue;
import vn.dxscorecard.shared.Period;

/**
 * The job's last step: records the period as published once its folder is complete. A
 * crash after the manifest and before this record only repeats this step.
 */
class PublicationTasklet implements Tasklet {

    private final PublicationRepository publications;

    private final Catalogue catalogue;

    private final Period period;

    private final Instant generatedAt;

    PublicationTasklet(PublicationRepository publications, Catalogue catalogue, Period period, Instant generatedAt) {
        this.publications = publications;
        this.catalogue = catalogue;
        this.period = period;
        this.generatedAt = generatedAt;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        long executionId = chunkContext.getStepContext().getStepExecution().getJobExecutionId();
        publications.record(period, executionId, generatedAt, catalogue.version(), catalogue.sha256());
        contribution.incrementWriteCount(1);
        return RepeatStatus.FINISHED;
    }

}
