package vn.dxscorecard.report;

import java.time.Instant;
import java.util.List;

import vn.dxscorecard.intake.FileRecord;
import vn.dxscorecard.ranking.RankingEntry;
import vn.dxscorecard.reference.Catalogue;
import vn.dxscorecard.reference.Period;
import vn.dxscorecard.scoring.ScoredUnit;

/**
 * Everything published for a period, read back from the database: the one model every output is written from.
 *
 * @param national the national unit {@code QG}, with a null score when it did not submit
 * @param generatedAt the run's time, printed in reports; fixed per run so reruns can be compared
 */
public record PeriodReport(Period period, Catalogue catalogue, List<RankingEntry> rankings, ScoredUnit national,
        List<FileRecord> files, RejectionSource rejections, long jobExecutionId, Instant generatedAt) {
}
