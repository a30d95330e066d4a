package vn.dxscorecard.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.dxscorecard.feedback.ErrorCode;
import vn.dxscorecard.feedback.Rejection;
import vn.dxscorecard.reference.Registry;
import vn.dxscorecard.shared.Message;
import vn.dxscorecard.shared.Messages;
import vn.dxscorecard.shared.Period;
import vn.dxscorecard.shared.Sha256;
import vn.dxscorecard.shared.Text;

/**
 * Decides, for one period, which file of each unit counts (SPEC §3): the highest revision
 * that is not rejected whole and not a byte-identical copy of a file already taken. Rows
 * of the chosen files go to the sink as they are read; input files are only read, never
 * moved or changed. Every file that is not used says which file of its unit was used
 * instead, or that none was.
 */
final class SubmissionIntake {

    private static final Logger log = LoggerFactory.getLogger(SubmissionIntake.class);

    /** files.csv lists files as a person looks for them: by name, whatever the case. */
    private static final Comparator<FileRecord> FILE_ORDER = Comparator
        .comparing((FileRecord f) -> f.fileName().toUpperCase(Locale.ROOT))
        .thenComparing(FileRecord::fileName);

    /**
     * Unknown column names go into files.csv; a header of junk must not make the message
     * unreadable.
     */
    private static final int MAX_LISTED_COLUMNS = 10;

    private final SubmissionParser parser;

    private final IntakeProperties properties;

    private final Messages messages;

    private final Clock clock;

    /**
     * @param clock the wall clock: file modification times are real time, whatever
     * business clock a run is given
     */
    SubmissionIntake(SubmissionParser parser, IntakeProperties properties, Messages messages, Clock clock) {
        this.parser = parser;
        this.properties = properties;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Every file of the period seen in {@code inputDir}, in file-name order, with its
     * status.
     */
    List<FileRecord> intake(Path inputDir, Period period, Registry registry, RowSink sink) {
        List<FileRecord> records = new ArrayList<>();
        Map<String, List<SubmissionName>> byUnit = new TreeMap<>();
        for (Path file : listFiles(inputDir)) {
            String fileName = file.getFileName().toString();
            Optional<SubmissionName> name = SubmissionName.parse(fileName);
            if (name.isEmpty()) {
                Optional<Period> mentioned = SubmissionName.mentionedPeriod(fileName);
                if (mentioned.isEmpty() || mentioned.get().equals(period)) {
                    SubmissionName.Ignored why = SubmissionName.ignored(fileName);
                    log.info(why.inProgress() ? "Skipping {}: still being written (.part/.tmp)"
                            : "Ignoring {}: not a submission file name", fileName);
                    records
                        .add(FileRecord.ignored(fileName, why.unitCode(), sha256(file), messages.text(why.message())));
                }
            }
            else if (name.get().period().equals(period)) {
                if (settling(file)) {
                    log.info("Skipping {}: changed less than {} ago, still being written", fileName,
                            properties.settleTime());
                    records.add(FileRecord.ignored(fileName, name.get().unitCode(), sha256(file),
                            messages.text("file.settling")));
                }
                else {
                    byUnit.computeIfAbsent(name.get().unitCode(), k -> new ArrayList<>()).add(name.get());
                }
            }
        }
        Map<String, SubmissionName> ingested = new HashMap<>();
        byUnit.forEach((unit, names) -> records
            .addAll(new UnitFiles(inputDir, period, unit, names, ingested, sink).decide(registry)));
        records.sort(FILE_ORDER);
        return records;
    }

    /**
     * The files of one unit. They are taken highest revision first. Among byte-identical
     * files the earliest sent (lowest revision) is the one used and the later copies are
     * the duplicates; the content used is still that of the highest revision not rejected
     * whole. Two files with the same revision and different content are never guessed
     * between: both are rejected and lower revisions are tried.
     */
    private final class UnitFiles {

        private final Path dir;

        private final Period period;

        private final String unit;

        /** Highest revision first, then by name. */
        private final List<SubmissionName> names;

        /** SHA-256 → file taken, across units. */
        private final Map<String, SubmissionName> ingested;

        private final RowSink sink;

        private final Map<String, String> sha = new HashMap<>();

        private final Map<String, FileRecord> decided = new LinkedHashMap<>();

        /** The unknown columns of an accepted file, listed in its message. */
        private final Map<String, String> unknownColumns = new HashMap<>();

        private SubmissionName chosen;

        /**
         * The highest revision whose content is used; the chosen file itself unless that
         * is an earlier copy.
         */
        private SubmissionName latest;

        UnitFiles(Path dir, Period period, String unit, List<SubmissionName> names,
                Map<String, SubmissionName> ingested, RowSink sink) {
            this.dir = dir;
            this.period = period;
            this.unit = unit;
            this.names = names.stream()
                .sorted(Comparator.comparingInt(SubmissionName::revision)
                    .reversed()
                    .thenComparing(SubmissionName::fileName))
                .toList();
            this.ingested = ingested;
            this.sink = sink;
            this.names.forEach(n -> sha.put(n.fileName(), sha256(dir.resolve(n.fileName()))));
        }

        List<FileRecord> decide(Registry registry) {
            Optional<UnitCheck.Problem> problem = UnitCheck.check(unit, period, registry);
            if (problem.isPresent()) {
                UnitCheck.Problem p = problem.get();
                log.warn("Files of unit {} rejected: {}", unit, messages.text(p.code().message(p.args())).en());
                return names.stream()
                    .map(n -> rejected(n,
                            Rejection.of(messages, n.fileName(), unit, null, null, "file_name", n.fileName(), p.code(),
                                    p.args())))
                    .toList();
            }
            for (SubmissionName file : names) {
                if (!decided.containsKey(file.fileName())) {
                    decide(file);
                }
            }
            return decided.values().stream().map(this::explained).toList();
        }

        private void decide(SubmissionName file) {
            String hash = sha.get(file.fileName());
            if (ingested.containsKey(hash)) {
                put(file, status(file, FileStatus.DUPLICATE));
                return;
            }
            if (chosen != null) {
                put(file, status(file, FileStatus.SUPERSEDED));
                return;
            }
            List<SubmissionName> sameRevision = names.stream()
                .filter(n -> n.revision() == file.revision() && !decided.containsKey(n.fileName())
                        && !ingested.containsKey(sha.get(n.fileName())))
                .toList();
            if (sameRevision.stream().map(n -> sha.get(n.fileName())).distinct().count() > 1) {
                sameRevision.forEach(n -> put(n, conflict(n, sameRevision)));
                return;
            }
            SubmissionName original = names.stream()
                .filter(n -> sha.get(n.fileName()).equals(hash) && !decided.containsKey(n.fileName()))
                .min(Comparator.comparingInt(SubmissionName::revision).thenComparing(SubmissionName::fileName))
                .orElse(file);
            FileRecord read = read(original);
            put(original, read);
            if (read.status() == FileStatus.ACCEPTED) {
                chosen = original;
                latest = file;
                ingested.put(hash, original);
                if (!original.equals(file)) {
                    put(file, status(file, FileStatus.DUPLICATE));
                }
            }
            else if (!original.equals(file)) {
                put(file, read(file));
            }
        }

        private void put(SubmissionName file, FileRecord record) {
            decided.put(file.fileName(), record);
        }

        private FileRecord status(SubmissionName file, FileStatus status) {
            log.info("{}: {}", file.fileName(), status.id());
            return new FileRecord(file.fileName(), unit, file.revision(), sha.get(file.fileName()), status, 0, 0, 0,
                    ',', "", "", null);
        }

        private FileRecord conflict(SubmissionName file, List<SubmissionName> group) {
            String all = group.stream().map(SubmissionName::fileName).sorted().collect(Collectors.joining(", "));
            int next = names.getFirst().revision() + 1;
            return rejected(file,
                    Rejection.of(messages, file.fileName(), unit, null, null, "file_name", file.fileName(),
                            ErrorCode.FILE_REVISION_CONFLICT, file.revision(), all,
                            unit + "_" + period + "_r" + next + ".csv"));
        }

        private FileRecord read(SubmissionName name) {
            Path file = dir.resolve(name.fileName());
            try {
                SubmissionParser.Parsed parsed = parser.parse(file, name, sink);
                if (!parsed.unknownColumns().isEmpty()) {
                    String columns = listed(parsed.unknownColumns());
                    log.warn("{}: unknown columns ignored: {}", name.fileName(), columns);
                    unknownColumns.put(name.fileName(), columns);
                }
                return new FileRecord(name.fileName(), unit, name.revision(), sha.get(name.fileName()),
                        FileStatus.ACCEPTED, parsed.rowsRead(), 0, 0, parsed.delimiter(), "", "", null);
            }
            catch (FileRejectedException e) {
                sink.discardFile(name.fileName());
                Rejection rejection = e.toRejection(messages, name);
                log.warn("{}: rejected whole: {}", name.fileName(), rejection.messageEn());
                return rejected(name, rejection);
            }
            catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }

        private FileRecord rejected(SubmissionName name, Rejection rejection) {
            return new FileRecord(name.fileName(), unit, name.revision(), sha.get(name.fileName()), FileStatus.REJECTED,
                    0, 0, 0, ',', rejection.messageVi(), rejection.messageEn(), rejection);
        }

        /** The record's message, completed with which file of the unit was used. */
        private FileRecord explained(FileRecord r) {
            String used = chosen == null ? null : chosen.fileName();
            List<Text> sentences = new ArrayList<>();
            switch (r.status()) {
                case ACCEPTED -> {
                    sentences.add(messages.text("file.accepted", period));
                    if (latest != null && !latest.equals(chosen)) {
                        sentences.add(messages.text("file.accepted.identical-revision", latest.fileName()));
                    }
                    if (unknownColumns.containsKey(r.fileName())) {
                        sentences.add(messages.text("file.unknown-columns", unknownColumns.get(r.fileName())));
                    }
                }
                case SUPERSEDED ->
                    sentences.add(messages.text(latest.equals(chosen) ? new Message("file.superseded", used)
                            : new Message("file.superseded.identical", latest.fileName(), used)));
                case DUPLICATE -> {
                    SubmissionName original = ingested.get(r.sha256());
                    if (original.equals(chosen)) {
                        sentences.add(messages.text("file.duplicate.of-used", used));
                    }
                    else {
                        sentences
                            .add(messages.text("file.duplicate.of-other", original.fileName(), original.unitCode()));
                        sentences.add(messages.text(used(used)));
                    }
                }
                case REJECTED -> {
                    sentences.add(new Text(r.messageVi(), r.messageEn()));
                    sentences.add(messages.text(used(used)));
                }
                default -> throw new IllegalStateException("unexpected status " + r.status());
            }
            return r.withMessage(join(sentences));
        }

        private Message used(String used) {
            return used != null ? new Message("file.used-instead", used) : new Message("file.none-used", unit, period);
        }

    }

    /** Sentences of one message, in each language, separated by a space. */
    private static Text join(List<Text> sentences) {
        return new Text(sentences.stream().map(Text::vi).collect(Collectors.joining(" ")),
                sentences.stream().map(Text::en).collect(Collectors.joining(" ")));
    }

    private static String listed(List<String> columns) {
        Stream<String> names = columns.stream()
            .limit(MAX_LISTED_COLUMNS)
            .map(c -> c.length() > 50 ? c.substring(0, 50) + "…" : c);
        return names.collect(Collectors.joining(", ")) + (columns.size() > MAX_LISTED_COLUMNS ? ", …" : "");
    }

    private boolean settling(Path file) {
        if (properties.settleTime().isZero()) {
            return false;
        }
        try {
            Instant modified = Files.getLastModifiedTime(file).toInstant();
            return modified.plus(properties.settleTime()).isAfter(clock.instant());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Hidden files (editor and sync tool leftovers such as {@code .~lock.x#}) are not
     * submissions, nor listed.
     */
    private static List<Path> listFiles(Path inputDir) {
        try (Stream<Path> files = Files.list(inputDir)) {
            return files.filter(Files::isRegularFile)
                .filter(f -> !f.getFileName().toString().startsWith("."))
                .sorted(Comparator.comparing(f -> f.getFileName().toString()))
                .toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot list input folder " + inputDir, e);
        }
    }

    static String sha256(Path file) {
        try {
            return Sha256.of(file);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

}
