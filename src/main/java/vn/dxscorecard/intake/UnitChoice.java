package vn.dxscorecard.intake;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Which file of one unit counts (SPEC §3), as a rule on names, revisions and contents
 * alone: the highest revision that is not rejected whole. Among byte-identical files the
 * earliest sent (lowest revision) is the one used and later copies are duplicates; the
 * content used is still that of the highest revision not rejected whole. Two files with
 * the same revision and different content are never guessed between: both are rejected
 * and lower revisions are tried. Reading a file is the caller's: the rule asks for it
 * only for the files it tries, in the order it tries them.
 */
final class UnitChoice {

    /** What the rule made of a file. */
    enum Verdict {

        /** Read: its own outcome (accepted or rejected whole) is its status. */
        READ,
        /** A byte-identical copy of the file used. */
        DUPLICATE,
        /** A lower revision than the file used. */
        SUPERSEDED,
        /** Same revision as another file with other content: rejected, never guessed. */
        CONFLICT

    }

    /**
     * A file of the unit.
     *
     * @param sha256 null when its content cannot be compared (not a regular file, too
     * large, unreadable): it is read, and rejected by the reading
     */
    record File(String name, int revision, String sha256) {
    }

    /**
     * @param verdicts each file's verdict, in the order the rule decided them
     * @param chosen the file used, or null when none was
     * @param latest the highest revision whose content is used: {@code chosen} itself
     * unless that is an earlier copy
     */
    record Result(Map<String, Verdict> verdicts, File chosen, File latest) {

        /** The files rejected for a conflict at this revision, by name. */
        List<String> conflicting(int revision, List<File> files) {
            return files.stream()
                .filter(f -> f.revision() == revision && verdicts.get(f.name()) == Verdict.CONFLICT)
                .map(File::name)
                .sorted()
                .toList();
        }

    }

    private final List<File> files;

    private final Predicate<File> accepted;

    private final Map<String, Verdict> verdicts = new LinkedHashMap<>();

    /** SHA-256 → the file used with that content. */
    private final Map<String, File> used = new LinkedHashMap<>();

    private File chosen;

    private File latest;

    private UnitChoice(List<File> files, Predicate<File> accepted) {
        this.files = files.stream()
            .sorted(Comparator.comparingInt(File::revision).reversed().thenComparing(File::name))
            .toList();
        this.accepted = accepted;
    }

    /**
     * @param accepted reads a file: whether it is accepted (not rejected whole)
     */
    static Result choose(List<File> files, Predicate<File> accepted) {
        UnitChoice choice = new UnitChoice(files, accepted);
        for (File file : choice.files) {
            if (!choice.verdicts.containsKey(file.name())) {
                choice.decide(file);
            }
        }
        return new Result(choice.verdicts, choice.chosen, choice.latest);
    }

    private void decide(File file) {
        String hash = file.sha256();
        if (hash == null) {
            read(file);
            return;
        }
        if (used.containsKey(hash)) {
            verdicts.put(file.name(), Verdict.DUPLICATE);
            return;
        }
        if (chosen != null) {
            verdicts.put(file.name(), Verdict.SUPERSEDED);
            return;
        }
        List<File> sameRevision = files.stream()
            .filter(f -> f.revision() == file.revision() && open(f) && f.sha256() != null
                    && !used.containsKey(f.sha256()))
            .toList();
        if (sameRevision.stream().map(File::sha256).distinct().count() > 1) {
            sameRevision.forEach(f -> verdicts.put(f.name(), Verdict.CONFLICT));
            return;
        }
        File original = files.stream()
            .filter(f -> hash.equals(f.sha256()) && open(f))
            .min(Comparator.comparingInt(File::revision).thenComparing(File::name))
            .orElse(file);
        if (read(original)) {
            chosen = original;
            latest = file;
            used.put(hash, original);
            if (!original.equals(file)) {
                verdicts.put(file.name(), Verdict.DUPLICATE);
            }
        }
        else if (!original.equals(file)) {
            read(file);
        }
    }

    private boolean read(File file) {
        verdicts.put(file.name(), Verdict.READ);
        return accepted.test(file);
    }

    private boolean open(File file) {
        return !verdicts.containsKey(file.name());
    }

}
