package vn.dxscorecard.report;

import java.util.Iterator;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

import vn.dxscorecard.ranking.RankingEntry;
import vn.dxscorecard.results.PeriodReport;

/**
 * The ranked units of the period in ranking order, one scorecard each. It counts what it
 * handed out in the step's execution context, so a restarted scorecard step skips the
 * chunks already committed: only what is missing is rendered again.
 */
public class ScorecardReader extends AbstractItemCountingItemStreamItemReader<RankingEntry> {

    static final String NAME = "scorecards";

    /**
     * Where the reader's base class keeps its position in the step's execution context.
     */
    static final String READ_COUNT_KEY = NAME + ".read.count";

    private final PeriodReport report;

    private Iterator<RankingEntry> entries;

    ScorecardReader(PeriodReport report) {
        this.report = report;
        setName(NAME);
    }

    @Override
    protected void doOpen() {
        entries = report.rankings().stream().filter(RankingEntry::ranked).iterator();
    }

    @Override
    protected RankingEntry doRead() {
        return entries.hasNext() ? entries.next() : null;
    }

    @Override
    protected void doClose() {
        entries = null;
    }

}
