package vn.dxscorecard.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import vn.dxscorecard.results.PeriodReport;

/**
 * One kind of output of a period besides the scorecards. The publish step calls every
 * writer in order; each returns the files it wrote, relative to the period folder, so
 * stale files can be told apart and the manifest can list them.
 */
interface ReportWriter {

    List<Path> write(PeriodReport report, Path periodDir) throws IOException;

}
