package vn.dxscorecard.results;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import vn.dxscorecard.feedback.Rejection;
import vn.dxscorecard.feedback.RejectionDigest;

/**
 * The period's rejections as the reports read them: a digest per file for the PDFs, and
 * the full lists streamed into the CSV files, never held in memory at once (a million-row
 * file of duplicates is a million rejections).
 */
public final class RejectionSource {

    /** Where the rejections are read from; both methods give them in report order. */
    public interface Store {

        void forEach(Consumer<Rejection> action);

        void forEachOfFile(String fileName, Consumer<Rejection> action);

    }

    private final Store store;

    private final Map<String, RejectionDigest> digests = new LinkedHashMap<>();

    /** Reads the store once, for the digests. */
    public RejectionSource(Store store) {
        this.store = store;
        store.forEach(r -> digests.computeIfAbsent(r.fileName(), k -> new RejectionDigest()).add(r));
    }

    /** A digest per file that has rejections, in file-name order. */
    public Map<String, RejectionDigest> digests() {
        return Collections.unmodifiableMap(digests);
    }

    /** Every rejection in report order. */
    public void forEach(Consumer<Rejection> action) {
        store.forEach(action);
    }

    /** One file's rejections in report order; a file without any costs no read. */
    public void forEachOfFile(String fileName, Consumer<Rejection> action) {
        if (digests.containsKey(fileName)) {
            store.forEachOfFile(fileName, action);
        }
    }

}
