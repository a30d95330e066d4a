package vn.dxscorecard.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import vn.dxscorecard.ranking.RankingEntry;
import vn.dxscorecard.report.pdf.ScorecardPdf;
import vn.dxscorecard.results.PeriodReport;

/**
 * Lays out one unit's scorecard and writes it (atomically) into the period folder; the
 * step runs several at once on its task executor. Before the step it sets the period's
 * manifest aside: until the new one is written, nobody may take the half-rewritten folder
 * for a complete one.
 */
class ScorecardRenderer implements ItemProcessor<RankingEntry, Path>, StepExecutionListener {

    private final ScorecardPdf pdf;

    private final PeriodReport report;

    private final Path periodDir;

    ScorecardRenderer(ScorecardPdf pdf, PeriodReport report, Path periodDir) {
        this.pdf = pdf;
        this.report = report;
        this.periodDir = periodDir;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        try {
            new OwnedOutputs(periodDir).retire();
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot set aside the manifest of " + periodDir, e);
        }
    }

    @Override
    public Path process(RankingEntry entry) throws IOException {
        return pdf.write(report, entry, periodDir);
    }

}
