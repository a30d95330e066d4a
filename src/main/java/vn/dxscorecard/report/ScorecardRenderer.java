package vn.dxscorecard.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

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
public class ScorecardRenderer implements ItemProcessor<RankingEntry, Path>, StepExecutionListener {

    private final List<ScorecardPdf> pdfs;

    private final PeriodReport report;

    private final Path periodDir;

    ScorecardRenderer(List<ScorecardPdf> pdfs, PeriodReport report, Path periodDir) {
        this.pdfs = pdfs;
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

    /** Every language's scorecard of the unit; the Vietnamese one's path is returned. */
    @Override
    public Path process(RankingEntry entry) throws IOException {
        Path first = null;
        for (ScorecardPdf pdf : pdfs) {
            Path written = pdf.write(report, entry, periodDir);
            first = first == null ? written : first;
        }
        return first;
    }

}
