package vn.dxscorecard.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One kind of output of a period. The publish step calls every writer in order; each returns the files it wrote,
 * relative to the period folder, so stale files can be told apart and the manifest can list them.
 */
public interface ReportWriter {

    List<Path> write(PeriodReport report, Path periodDir) throws IOException;
}
