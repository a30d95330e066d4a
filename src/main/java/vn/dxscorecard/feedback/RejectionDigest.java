package vn.dxscorecard.feedback;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the PDFs say about one file's rejections, gathered while the rejections stream
 * past: how many, the first {@link #KEPT} in report order, and per error code how often
 * it occurs with its first message. A file can have a million rejections; a digest stays
 * a few kilobytes.
 */
public final class RejectionDigest {

    /**
     * The rejections a scorecard lists; the full list is in the unit's validation report.
     */
    public static final int KEPT = 15;

    private long count;

    private final List<Rejection> first = new ArrayList<>();

    private final Map<ErrorCode, Long> byCode = new LinkedHashMap<>();

    private final Map<ErrorCode, Rejection> examples = new EnumMap<>(ErrorCode.class);

    /** Rejections must come in report order (file, whole-file first, then by line). */
    public void add(Rejection rejection) {
        count++;
        if (first.size() < KEPT) {
            first.add(rejection);
        }
        byCode.merge(rejection.code(), 1L, Long::sum);
        examples.putIfAbsent(rejection.code(), rejection);
    }

    public long count() {
        return count;
    }

    public List<Rejection> first() {
        return Collections.unmodifiableList(first);
    }

    /**
     * Error codes with how many times each occurs, most frequent first, then in order of
     * first appearance.
     */
    public List<Map.Entry<ErrorCode, Long>> reasons() {
        List<Map.Entry<ErrorCode, Long>> sorted = new ArrayList<>(byCode.entrySet());
        sorted.sort(Map.Entry.<ErrorCode, Long>comparingByValue().reversed());
        return sorted;
    }

    /** The Vietnamese message of the first rejection with this code. */
    public String exampleVi(ErrorCode code) {
        Rejection example = examples.get(code);
        return example == null ? code.name() : example.messageVi();
    }

    /** The English message of the first rejection with this code. */
    public String exampleEn(ErrorCode code) {
        Rejection example = examples.get(code);
        return example == null ? code.name() : example.messageEn();
    }

}
