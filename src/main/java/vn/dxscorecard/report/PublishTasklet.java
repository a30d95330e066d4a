package vn.dxscorecard.report;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import vn.dxscorecard.ranking.RankingEntry;
import vn.dxscorecard.report.pdf.Language;
import vn.dxscorecard.results.PeriodReport;

/**
 * Writes the period's other outputs next to the scorecards the step before rendered,
 * removes what the previous publication wrote and this one does not, and writes the
 * manifest last: its presence means the folder is complete. Every file is rewritten
 * whole, so a restarted step simply runs again.
 */
public class PublishTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(PublishTasklet.class);

    private final PeriodReport report;

    private final List<ReportWriter> writers;

    private final ManifestWriter manifest;

    private final List<Language> languages;

    private final Path periodDir;

    private final Clock clock;

    PublishTasklet(PeriodReport report, List<ReportWriter> writers, ManifestWriter manifest, List<Language> languages,
            Path periodDir, Clock clock) {
        this.languages = languages;
        this.report = report;
        this.writers = writers;
        this.manifest = manifest;
        this.periodDir = periodDir;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        OwnedOutputs owned = new OwnedOutputs(periodDir);
        owned.claimFolders();
        List<Path> written = new ArrayList<>();
        for (ReportWriter writer : writers) {
            written.addAll(writer.write(report, periodDir));
        }
        for (Language language : languages) {
            report.rankings()
                .stream()
                .filter(RankingEntry::ranked)
                .map(e -> language.scorecard(e.unit()))
                .forEach(written::add);
        }
        List<Path> stale = owned.removeStale(written);
        if (!stale.isEmpty()) {
            log.info("Publish {}: removed {} files of the previous publication not written again: {}", report.period(),
                    stale.size(), stale);
        }
        written.add(manifest.write(report, periodDir, written, clock.instant()));
        owned.forgetPrevious();
        contribution.incrementWriteCount(written.size());
        log.info("Publish {}: {} files written to {} ({} PDFs)", report.period(), written.size(), periodDir,
                written.stream().filter(p -> p.toString().endsWith(".pdf")).count());
        return RepeatStatus.FINISHED;
    }

}
