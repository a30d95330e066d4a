package vn.dxscorecard.report;

import java.nio.file.Path;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import vn.dxscorecard.ranking.RankingEntry;
import vn.dxscorecard.results.PeriodReport;

/**
 * The scorecard step's writer: the PDFs are already in place when a chunk reaches it, so
 * it only tells the operator how far the step is (every few seconds, and at the end).
 */
public class ScorecardProgress implements ItemWriter<Path>, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(ScorecardProgress.class);

    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);

    private final PeriodReport report;

    private final long total;

    private long started;

    private long lastProgress;

    private long written;

    ScorecardProgress(PeriodReport report) {
        this.report = report;
        this.total = report.rankings().stream().filter(RankingEntry::ranked).count();
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        started = System.nanoTime();
        lastProgress = started;
        // A restarted step resumes after the scorecards its earlier attempts committed.
        written = stepExecution.getExecutionContext().getInt(ScorecardReader.READ_COUNT_KEY, 0);
    }

    @Override
    public void write(Chunk<? extends Path> chunk) {
        written += chunk.size();
        long now = System.nanoTime();
        if (now - lastProgress >= PROGRESS_EVERY.toNanos()) {
            lastProgress = now;
            log.info("Scorecards {}: {}/{} PDFs written", report.period(), written, total);
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        log.info("Scorecards {}: {} PDFs in {} ms", report.period(), written,
                (System.nanoTime() - started) / 1_000_000);
        return stepExecution.getExitStatus();
    }

}
