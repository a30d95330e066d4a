package vn.dxscorecard.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.dxscorecard.shared.Period;

/**
 * What the launcher asks of the drop folder without running the intake: whether a period
 * has submissions at all, its files' fingerprint (SPEC §8), and what changed since its
 * last intake. Only the intake reads the drop folder.
 */
@Component
public class SubmissionFiles {

    private static final Logger log = LoggerFactory.getLogger(SubmissionFiles.class);

    private final IntakeRepository files;

    private final IntakeProperties properties;

    private static final Duration SETTLE_POLL = Duration.ofMillis(250);

    private final Clock wallClock = Clock.systemUTC();

    SubmissionFiles(IntakeRepository files, IntakeProperties properties) {
        this.files = files;
        this.properties = properties;
    }

    /** Whether any entry in the drop folder is named as a submission of the period. */
    public boolean any(Period period) {
        return entries().stream()
            .anyMatch(e -> SubmissionName.parse(e.name()).filter(n -> n.period().equals(period)).isPresent());
    }

    /**
     * The period's complete files now: entries named as its submissions or mentioning it,
     * not being written (no {@code .part}/{@code .tmp}, unchanged for the settle time).
     * Names about no period are in no fingerprint.
     */
    public Fingerprint fingerprint(Period period) {
        Map<String, String> contents = new TreeMap<>();
        for (DropEntry entry : entries()) {
            String name = entry.name();
            if (!about(period, name) || SubmissionName.inProgress(name) || (entry.regular() && settling(entry))) {
                continue;
            }
            contents.put(FileNames.display(name), content(entry));
        }
        return new Fingerprint(contents);
    }

    /**
     * Waits until no regular file of the period is still being written, at most three
     * settle times (a file that keeps changing longer is a stuck upload, not one about to
     * end): a final edition is made "from every file present" (SPEC §8), so a file copied
     * in at the moment of the launch must not be left out of it for good.
     * @return the files of the period still being written when the wait ended
     */
    public List<String> awaitSettled(Period period, BooleanSupplier stop) throws InterruptedException {
        Instant until = wallClock.instant().plus(properties.settleTime().multipliedBy(3));
        List<String> settling = settling(period);
        if (!settling.isEmpty()) {
            log.info("{}: waiting up to {} s for {} files still being written", period,
                    properties.settleTime().multipliedBy(3).toSeconds(), settling.size());
        }
        while (!settling.isEmpty() && wallClock.instant().isBefore(until) && !stop.getAsBoolean()) {
            Thread.sleep(SETTLE_POLL.toMillis());
            settling = settling(period);
        }
        return settling;
    }

    private List<String> settling(Period period) {
        return entries().stream()
            .filter(e -> e.regular() && !SubmissionName.inProgress(e.name()) && settling(e))
            .filter(e -> about(period, e.name()))
            .map(e -> FileNames.display(e.name()))
            .toList();
    }

    /** Named as a submission of the period, or mentioning it. */
    private static boolean about(Period period, String name) {
        return SubmissionName.parse(name)
            .map(SubmissionName::period)
            .or(() -> SubmissionName.mentionedPeriod(name))
            .filter(period::equals)
            .isPresent();
    }

    /**
     * What changed in the period's files since its last intake: "added x", "changed y",
     * "removed z".
     */
    public List<String> changesSinceLastIntake(Period period) {
        return fingerprint(period).changesSince(files.inputs(period));
    }

    /**
     * The period's files added or changed since its last intake, with the unit each name
     * belongs to (null when none): files that came after the intake that made the
     * period's edition.
     */
    public List<NewFile> newSinceLastIntake(Period period) {
        Map<String, String> earlier = files.inputs(period).files();
        List<NewFile> added = new ArrayList<>();
        fingerprint(period).files().forEach((name, content) -> {
            if (!content.equals(earlier.get(name))) {
                String unit = SubmissionName.parse(name)
                    .map(SubmissionName::unitCode)
                    .orElseGet(() -> SubmissionName.ignored(name).unitCode());
                added.add(new NewFile(name, unit, content));
            }
        });
        return added;
    }

    /**
     * A file seen in the drop folder: its name as the reports show it, the unit it
     * belongs to (or null), and its content as the fingerprint has it.
     */
    public record NewFile(String name, String unitCode, String content) {
    }

    /**
     * A file's content by its SHA-256; one larger than the limit (never read) by its size
     * and time.
     */
    private String content(DropEntry entry) {
        if (!entry.regular()) {
            return entry.type().name().toLowerCase(Locale.ROOT);
        }
        if (entry.size() > properties.maxBytes()) {
            return "size " + entry.size() + " modified " + entry.modified();
        }
        String sha = DropFolder.sha256(entry, properties.maxBytes());
        return sha == null ? "unreadable" : sha;
    }

    private boolean settling(DropEntry entry) {
        return !properties.settleTime().isZero()
                && entry.modified().plus(properties.settleTime()).isAfter(wallClock.instant());
    }

    private List<DropEntry> entries() {
        try {
            return DropFolder.list(properties.folder());
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot list the input folder " + properties.folder(), e);
        }
    }

}
