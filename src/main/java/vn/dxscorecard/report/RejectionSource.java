package vn.dxscorecard.report;

import java.util.Map;
import java.util.function.Consumer;

import vn.dxscorecard.reference.Period;
import vn.dxscorecard.validation.Rejection;
import vn.dxscorecard.validation.RejectionDigest;
import vn.dxscorecard.validation.RejectionRepository;

/**
 * The period's rejections as the reports read them: digests for the PDFs, and the full lists streamed into the CSV
 * files, never held in memory at once (a million-row file of duplicates is a million rejections).
 */
public interface RejectionSource {

    /** A digest per file that has rejections, in file-name order. */
    Map<String, RejectionDigest> digests();

    /** Every rejection in report order. */
    void forEach(Consumer<Rejection> action);

    /** One file's rejections in report order. */
    void forEachOfFile(String fileName, Consumer<Rejection> action);

    static RejectionSource of(RejectionRepository repository, Period period) {
        Map<String, RejectionDigest> digests = repository.digests(period);
        return new RejectionSource() {
            @Override
            public Map<String, RejectionDigest> digests() {
                return digests;
            }

            @Override
            public void forEach(Consumer<Rejection> action) {
                repository.forEach(period, action);
            }

            @Override
            public void forEachOfFile(String fileName, Consumer<Rejection> action) {
                if (digests.containsKey(fileName)) {
                    repository.forEachOfFile(period, fileName, action);
                }
            }
        };
    }
}
