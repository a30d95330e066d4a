package vn.dxscorecard.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import vn.dxscorecard.shared.Period;

/**
 * The drop folder as one launch saw it (SPEC §3, §8): its entries, looked at once without
 * following links, and each regular file within the size limit hashed at most once, when
 * a fingerprint, the intake or a receipt first needs it. The launcher decides from it,
 * the intake reads the files it lists and checks their bytes against its hashes, and the
 * receipts name what it saw: all of a launch agrees on what was there.
 */
public final class DropSnapshot {

    private final Path folder;

    private final List<DropEntry> entries;

    private final Instant takenAt;

    private final Duration settleTime;

    private final long maxBytes;

    private final Map<String, Hash> hashes = new ConcurrentHashMap<>();

    /** A regular file's SHA-256, or why it could not be read within the limit. */
    record Hash(String sha256, String failure) {
    }

    private DropSnapshot(Path folder, List<DropEntry> entries, Instant takenAt, Duration settleTime, long maxBytes) {
        this.folder = folder;
        this.entries = List.copyOf(entries);
        this.takenAt = takenAt;
        this.settleTime = settleTime;
        this.maxBytes = maxBytes;
    }

    /** Lists {@code folder} now; files are hashed as they are asked for. */
    static DropSnapshot take(Path folder, Instant now, Duration settleTime, long maxBytes) {
        try {
            return new DropSnapshot(folder, DropFolder.list(folder), now, settleTime, maxBytes);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot list the input folder " + folder, e);
        }
    }

    Path folder() {
        return folder;
    }

    /** Every entry, hidden ones left out, by name. */
    List<DropEntry> entries() {
        return entries;
    }

    Duration settleTime() {
        return settleTime;
    }

    /** Whether any entry is named as a submission of the period. */
    public boolean any(Period period) {
        return entries.stream()
            .anyMatch(e -> SubmissionName.parse(e.name()).filter(n -> n.period().equals(period)).isPresent());
    }

    /**
     * The period's complete files: entries named as its submissions or mentioning it, not
     * being written (no {@code .part}/{@code .tmp}, unchanged for the settle time). Names
     * about no period are in no fingerprint.
     */
    public Fingerprint fingerprint(Period period) {
        Map<String, String> contents = new TreeMap<>();
        for (DropEntry entry : entries) {
            String name = entry.name();
            if (about(period, name) && !SubmissionName.inProgress(name) && !(entry.regular() && settling(entry))) {
                contents.put(FileNames.display(name), content(entry));
            }
        }
        return new Fingerprint(contents);
    }

    /** The period's regular files still being written when the snapshot was taken. */
    public List<String> settling(Period period) {
        return entries.stream()
            .filter(e -> e.regular() && !SubmissionName.inProgress(e.name()) && settling(e))
            .filter(e -> about(period, e.name()))
            .map(e -> FileNames.display(e.name()))
            .toList();
    }

    /**
     * The period's files added or changed since {@code earlier} (its last intake), with
     * the unit each name belongs to (null when none).
     */
    public List<NewFile> newSince(Period period, Fingerprint earlier) {
        List<NewFile> added = new ArrayList<>();
        fingerprint(period).files().forEach((name, content) -> {
            if (!content.equals(earlier.files().get(name))) {
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

    /** Changed less than the settle time before the snapshot: still being written. */
    boolean settling(DropEntry entry) {
        return !settleTime.isZero() && entry.modified().plus(settleTime).isAfter(takenAt);
    }

    /**
     * The SHA-256 of a regular file within the size limit, read the first time it is
     * asked for; empty for any other entry, with the reason when reading failed.
     */
    Hash hash(DropEntry entry) {
        if (!entry.regular() || entry.size() > maxBytes) {
            return new Hash(null, null);
        }
        return hashes.computeIfAbsent(entry.name(), name -> {
            try {
                return new Hash(DropFolder.hash(entry, maxBytes), null);
            }
            catch (IOException e) {
                return new Hash(null, String.valueOf(e.getMessage()));
            }
        });
    }

    Optional<String> sha256(DropEntry entry) {
        return Optional.ofNullable(hash(entry).sha256());
    }

    /**
     * A file's content by its SHA-256; one larger than the limit (never read) by its size
     * and time; any other entry by what it is.
     */
    private String content(DropEntry entry) {
        if (!entry.regular()) {
            return entry.type().name().toLowerCase(Locale.ROOT);
        }
        if (entry.size() > maxBytes) {
            return "size " + entry.size() + " modified " + entry.modified();
        }
        return sha256(entry).orElse("unreadable");
    }

    /** Named as a submission of the period, or mentioning it. */
    private static boolean about(Period period, String name) {
        return SubmissionName.parse(name)
            .map(SubmissionName::period)
            .or(() -> SubmissionName.mentionedPeriod(name))
            .filter(period::equals)
            .isPresent();
    }

}
