package vn.dxscorecard.cycle;

import java.time.Instant;
import java.util.Optional;

/**
 * What a launch does for a period (SPEC §8), from its latest edition, its deadline, the
 * instant and whether its files changed since that edition. Pure: the launcher gathers
 * the facts, this decides.
 */
public final class EditionRule {

    /** Why an edition is published now, as the log and the summary say it. */
    public enum Reason {

        FIRST("first edition"), FILES_CHANGED("files changed"), DEADLINE_PASSED("deadline passed"),
        RERUN("recomputed on request (--rerun)"), CORRECTION("correction on request (--rerun)");

        private final String words;

        Reason(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }

    }

    /** Publish edition {@code number} as {@code status}, for {@code reason}. */
    public record Publish(int number, EditionStatus status, Reason reason) {

    }

    private EditionRule() {
    }

    /**
     * @return what to publish, or empty when there is nothing to do
     */
    public static Optional<Publish> decide(Optional<Edition> latest, Deadline deadline, Instant now,
            boolean filesChanged, boolean rerun) {
        boolean open = deadline.open(now);
        if (latest.isEmpty()) {
            return Optional.of(new Publish(1, open ? EditionStatus.PROVISIONAL : EditionStatus.FINAL, Reason.FIRST));
        }
        Edition last = latest.get();
        int next = last.number() + 1;
        if (last.status().settled()) {
            return rerun ? Optional.of(new Publish(next, EditionStatus.CORRECTION, Reason.CORRECTION))
                    : Optional.empty();
        }
        if (!open) {
            return Optional.of(new Publish(next, EditionStatus.FINAL, Reason.DEADLINE_PASSED));
        }
        if (rerun) {
            return Optional.of(new Publish(next, EditionStatus.PROVISIONAL, Reason.RERUN));
        }
        return filesChanged ? Optional.of(new Publish(next, EditionStatus.PROVISIONAL, Reason.FILES_CHANGED))
                : Optional.empty();
    }

}
