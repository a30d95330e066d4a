package vn.dxscorecard.intake;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import vn.dxscorecard.shared.Period;

/**
 * The launch's look at the drop folder: the launcher takes a {@link DropSnapshot} when it
 * starts (and again after waiting for files still being written), decides from it, and
 * the intake and the receipts of the same launch read that same snapshot. The job's steps
 * get it here because a Spring Batch step receives only job parameters; a step run
 * outside a launch takes its own.
 */
@Component
public class SubmissionFiles {

    private static final Logger log = LoggerFactory.getLogger(SubmissionFiles.class);

    private static final Duration SETTLE_POLL = Duration.ofMillis(250);

    private final IntakeRepository files;

    private final IntakeProperties properties;

    private final InstantSource fileClock;

    private volatile DropSnapshot current;

    /**
     * @param fileClock the wall clock: file modification times are real time, whatever
     * business clock a run is given
     */
    SubmissionFiles(IntakeRepository files, IntakeProperties properties,
            @Qualifier(IntakeConfig.FILE_CLOCK) InstantSource fileClock) {
        this.files = files;
        this.properties = properties;
        this.fileClock = fileClock;
    }

    /** Looks at the drop folder now: the snapshot the rest of the launch reads. */
    public DropSnapshot look() {
        DropSnapshot snapshot = DropSnapshot.take(properties.folder(), fileClock.instant(), properties.settleTime(),
                properties.maxBytes());
        current = snapshot;
        return snapshot;
    }

    /** The launch's snapshot; one taken now when no launch took one. */
    public DropSnapshot current() {
        DropSnapshot snapshot = current;
        return snapshot != null ? snapshot : look();
    }

    /** The launch is over: the next one looks again. */
    public void forget() {
        current = null;
    }

    /**
     * Waits until no regular file of the period is still being written, at most three
     * settle times (a file that keeps changing longer is a stuck upload, not one about to
     * end): a final edition is made "from every file present" (SPEC §8), so a file copied
     * in at the moment of the launch must not be left out of it for good. Only the
     * entries' times are looked at while waiting; the snapshot that ends the wait is the
     * one the edition reads.
     * @return the files of the period still being written when the wait ended
     */
    public List<String> awaitSettled(Period period, BooleanSupplier stop) throws InterruptedException {
        Duration longest = properties.settleTime().multipliedBy(3);
        Instant until = fileClock.instant().plus(longest);
        List<String> settling = current().settling(period);
        if (settling.isEmpty()) {
            return settling;
        }
        log.info("{}: waiting up to {} s for {} files still being written", period, longest.toSeconds(),
                settling.size());
        while (!settling.isEmpty() && fileClock.instant().isBefore(until) && !stop.getAsBoolean()) {
            Thread.sleep(SETTLE_POLL.toMillis());
            settling = DropSnapshot
                .take(properties.folder(), fileClock.instant(), properties.settleTime(), properties.maxBytes())
                .settling(period);
        }
        return look().settling(period);
    }

    /**
     * What changed in the period's files since its last intake: "added x", "changed y",
     * "removed z".
     */
    public List<String> changesSinceLastIntake(Period period) {
        return current().fingerprint(period).changesSince(files.inputs(period));
    }

    /**
     * The period's files added or changed since its last intake: files that came after
     * the intake that made the period's edition.
     */
    public List<DropSnapshot.NewFile> newSinceLastIntake(Period period) {
        return current().newSince(period, files.inputs(period));
    }

}
