package vn.dxscorecard.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import vn.dxscorecard.ops.DxProperties;
import vn.dxscorecard.ops.PeriodStatusRepository;
import vn.dxscorecard.reference.Catalogue;
import vn.dxscorecard.reference.Period;

/**
 * Writes every output of the period into {@code output/<period>/}, removes what no writer produced this time, writes
 * the manifest last, then records the period as completed.
 */
public class PublishTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(PublishTasklet.class);

    private final PeriodReportLoader loader;
    private final List<ReportWriter> writers;
    private final ManifestWriter manifest;
    private final PeriodStatusRepository status;
    private final DxProperties properties;
    private final Catalogue catalogue;
    private final Clock clock;
    private final Runnable betweenWriters;
    private final Period period;

    /** @param betweenWriters called after each writer; a pause only in the crash tests */
    public PublishTasklet(PeriodReportLoader loader, List<ReportWriter> writers, ManifestWriter manifest,
            PeriodStatusRepository status, DxProperties properties, Catalogue catalogue, Clock clock,
            Runnable betweenWriters, Period period) {
        this.loader = loader;
        this.writers = writers;
        this.manifest = manifest;
        this.status = status;
        this.properties = properties;
        this.catalogue = catalogue;
        this.clock = clock;
        this.betweenWriters = betweenWriters;
        this.period = period;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        long executionId = chunkContext.getStepContext().getStepExecution().getJobExecutionId();
        Instant now = clock.instant();
        PeriodReport report = loader.load(period, executionId, now);
        Path periodDir = properties.output().resolve(period.toString());
        // Until the new manifest is written, nobody may take the half-rewritten folder for a complete one.
        Files.deleteIfExists(periodDir.resolve(ManifestWriter.FILE));
        List<Path> written = new ArrayList<>();
        for (ReportWriter writer : writers) {
            written.addAll(writer.write(report, periodDir));
            betweenWriters.run();
        }
        List<Path> stale = StaleOutputs.remove(periodDir, written, properties.input());
        if (!stale.isEmpty()) {
            log.info("Publish {}: removed {} files no writer produced this run: {}", period, stale.size(), stale);
        }
        written.add(manifest.write(report, periodDir, written, clock.instant()));
        status.markCompleted(period, executionId, now, catalogue);
        contribution.incrementWriteCount(written.size());
        log.info("Publish {}: {} files written to {} ({} PDFs)", period, written.size(), periodDir,
                written.stream().filter(p -> p.toString().endsWith(".pdf")).count());
        return RepeatStatus.FINISHED;
    }
}
