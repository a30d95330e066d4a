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
     * Every entry of the period seen in {@code inputDir}, in file-name order, with its
     * status. Nothing in the folder stops the run: a link, a folder, a FIFO or a file
     * that cannot be read is listed with the reason.
     */
    List<FileRecord> intake(Path inputDir, Period period, Registry registry, RowSink sink) {
        List<FileRecord> records = new ArrayList<>();
        Map<String, List<Candidate>> byUnit = new TreeMap<>();
        for (DropEntry entry : entries(inputDir)) {
            String shown = FileNames.display(entry.name());
            Optional<SubmissionName> name = entry.type() == DropEntry.Type.UNREADABLE ? Optional.empty()
                    : SubmissionName.parse(entry.name());
            if (name.isEmpty()) {
                Optional<Period> mentioned = SubmissionName.mentionedPeriod(entry.name());
                if (mentioned.isEmpty() || mentioned.get().equals(period)) {
                    records.add(ignored(entry, shown));
                }
            }
            else if (name.get().period().equals(period)) {
                if (entry.regular() && settling(entry)) {
                    log.info("Skipping {}: changed less than {} ago, still being written", shown,
                            properties.settleTime());
                    records.add(FileRecord.ignored(shown, name.get().unitCode(), sha256(entry),
                            messages.text("file.settling")));
                }
                else {
                    byUnit.computeIfAbsent(name.get().unitCode(), k -> new ArrayList<>())
                        .add(new Candidate(name.get(), entry));
                }
            }
        }
        byUnit.forEach((unit, files) -> records.addAll(new UnitFiles(period, unit, files, sink).decide(registry)));
        records.sort(FILE_ORDER);
        return distinctNames(records);
    }

    /** An entry named like a submission of the period, as it was found. */
    private record Candidate(SubmissionName name, DropEntry entry) {

        String fileName() {
            return name.fileName();
        }

        int revision() {
            return name.revision();
        }

    }

    private FileRecord ignored(DropEntry entry, String shown) {
        SubmissionName.Ignored why = SubmissionName.ignored(entry.name());
        if (!entry.regular()) {
            log.info("Ignoring {}: not a regular file ({})", shown, entry.type());
            return FileRecord.ignored(shown, why.unitCode(), null,
                    messages.text("file.ignored.not-regular", new Message(kindKey(entry))));
        }
        log.info(why.inProgress() ? "Skipping {}: still being written (.part/.tmp)"
                : "Ignoring {}: not a submission file name", shown);
        return FileRecord.ignored(shown, why.unitCode(), sha256(entry), messages.text(why.message()));
    }

    private static String kindKey(DropEntry entry) {
        return "entry." + entry.type().name().toLowerCase(Locale.ROOT);
    }

    /**
     * Names shown the same (cut, or not decodable in this system's encoding) are told
     * apart: files.csv and the file records have one row per entry.
     */
    private static List<FileRecord> distinctNames(List<FileRecord> records) {
        Map<String, Integer> seen = new HashMap<>();
        List<FileRecord> distinct = new ArrayList<>(records.size());
        for (FileRecord r : records) {
            int n = seen.merge(r.fileName(), 1, Integer::sum);
            distinct.add(n == 1 ? r : r.renamed(r.fileName() + " (" + n + ")"));
        }
        return distinct;
    }

    /**
     * The files of one unit. They are taken highest revision first. Among byte-identical
     * files the earliest sent (lowest revision) is the one used and the later copies are
     * the duplicates; the content used is still that of the highest revision not rejected
     * whole. Two files with the same revision and different content are never guessed
     * between: both are rejected and lower revisions are tried.
     */
    private final class UnitFiles {

        private final Period period;

        private final String unit;

        /** Highest revision first, then by name. */
        private final List<Candidate> files;

        private final RowSink sink;

        /** SHA-256 by file name; null for what cannot be read within the limits. */
        private final Map<String, String> sha = new HashMap<>();

        /**
         * SHA-256 → the file taken: a duplicate is a copy of a file of the same unit
         * (SPEC §3).
         */
        private final Map<String, Candidate> ingested = new HashMap<>();

        private final Map<String, FileRecord> decided = new LinkedHashMap<>();

        /** Why a file could not be read when it was hashed, by file name. */
        private final Map<String, String> unreadable = new HashMap<>();

        /** The unknown columns of an accepted file, listed in its message. */
        private final Map<String, String> unknownColumns = new HashMap<>();

        private Candidate chosen;

        /**
         * The highest revision whose content is used; the chosen file itself unless that
         * is an earlier copy.
         */
        private Candidate latest;

        UnitFiles(Period period, String unit, List<Candidate> files, RowSink sink) {
            this.period = period;
            this.unit = unit;
            this.files = files.stream()
                .sorted(Comparator.comparingInt(Candidate::revision).reversed().thenComparing(Candidate::fileName))
                .toList();
            this.sink = sink;
            for (Candidate f : this.files) {
                try {
                    sha.put(f.fileName(), DropFolder.hash(f.entry(), properties.maxBytes()));
                }
                catch (IOException e) {
                    sha.put(f.fileName(), null);
                    unreadable.put(f.fileName(), String.valueOf(e.getMessage()));
                }
            }
        }

        List<FileRecord> decide(Registry registry) {
            Optional<UnitCheck.Problem> problem = UnitCheck.check(unit, period, registry);
            if (problem.isPresent()) {
                UnitCheck.Problem p = problem.get();
                log.warn("Files of unit {} rejected: {}", unit, messages.text(p.code().message(p.args())).en());
                return files.stream()
                    .map(f -> rejected(f,
                            Rejection.of(messages, f.fileName(), unit, null, null, "file_name", f.fileName(), p.code(),
                                    p.args())))
                    .toList();
            }
            for (Candidate file : files) {
                if (!decided.containsKey(file.fileName())) {
                    decide(file);
                }
            }
            return decided.values().stream().map(this::explained).toList();
        }

        private void decide(Candidate file) {
            String hash = sha.get(file.fileName());
            if (hash == null) {
                put(file, read(file));
                return;
            }
            if (ingested.containsKey(hash)) {
                put(file, status(file, FileStatus.DUPLICATE));
                return;
            }
            if (chosen != null) {
                put(file, status(file, FileStatus.SUPERSEDED));
                return;
            }
            List<Candidate> sameRevision = files.stream()
                .filter(f -> f.revision() == file.revision() && !decided.containsKey(f.fileName())
                        && sha.get(f.fileName()) != null && !ingested.containsKey(sha.get(f.fileName())))
                .toList();
            if (sameRevision.stream().map(f -> sha.get(f.fileName())).distinct().count() > 1) {
                sameRevision.forEach(f -> put(f, conflict(f, sameRevision)));
                return;
            }
            Candidate original = files.stream()
                .filter(f -> hash.equals(sha.get(f.fileName())) && !decided.containsKey(f.fileName()))
                .min(Comparator.comparingInt(Candidate::revision).thenComparing(Candidate::fileName))
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

        private void put(Candidate file, FileRecord record) {
            decided.put(file.fileName(), record);
        }

        private FileRecord status(Candidate file, FileStatus status) {
            log.info("{}: {}", file.fileName(), status.id());
            return new FileRecord(file.fileName(), unit, file.revision(), sha.get(file.fileName()), status, 0, 0, 0,
                    ',', "", "", null);
        }

        private FileRecord conflict(Candidate file, List<Candidate> group) {
            String all = group.stream().map(Candidate::fileName).sorted().collect(Collectors.joining(", "));
            int next = files.getFirst().revision() + 1;
            return rejected(file,
                    Rejection.of(messages, file.fileName(), unit, null, null, "file_name", file.fileName(),
                            ErrorCode.FILE_REVISION_CONFLICT, file.revision(), all,
                            unit + "_" + period + "_r" + next + ".csv"));
        }

        private FileRecord read(Candidate file) {
            DropEntry entry = file.entry();
            if (!entry.regular()) {
                ErrorCode code = entry.type() == DropEntry.Type.UNREADABLE ? ErrorCode.FILE_UNREADABLE
                        : ErrorCode.FILE_NOT_REGULAR;
                log.warn("{}: rejected whole: not a regular file ({})", file.fileName(), entry.type());
                return rejected(file, Rejection.of(messages, file.fileName(), unit, null, null, null, null, code,
                        new Message(kindKey(entry))));
            }
            if (unreadable.containsKey(file.fileName())) {
                log.warn("{}: rejected whole: cannot be read ({})", file.fileName(), unreadable.get(file.fileName()));
                return rejected(file, Rejection.of(messages, file.fileName(), unit, null, null, null, null,
                        ErrorCode.FILE_UNREADABLE, unreadable.get(file.fileName())));
            }
            try {
                SubmissionParser.Parsed parsed = parser.parse(entry, file.name(), sink);
                if (!parsed.sha256().equals(sha.get(file.fileName()))) {
                    // Its bytes changed between the look and the read: what was read is
                    // not what is there.
                    sink.discardFile(file.fileName());
                    log.info("Skipping {}: changed while it was read", file.fileName());
                    return FileRecord.ignored(file.fileName(), unit, null, messages.text("file.settling"));
                }
                if (!parsed.unknownColumns().isEmpty()) {
                    String columns = listed(parsed.unknownColumns());
                    log.warn("{}: unknown columns ignored: {}", file.fileName(), FileNames.display(columns));
                    unknownColumns.put(file.fileName(), columns);
                }
                return new FileRecord(file.fileName(), unit, file.revision(), parsed.sha256(), FileStatus.ACCEPTED,
                        parsed.rowsRead(), 0, 0, parsed.delimiter(), "", "", null);
            }
            catch (FileRejectedException e) {
                sink.discardFile(file.fileName());
                Rejection rejection = e.toRejection(messages, file.name());
                log.warn("{}: rejected whole: {}", file.fileName(), rejection.messageEn());
                return rejected(file, rejection);
            }
        }

        private FileRecord rejected(Candidate file, Rejection rejection) {
            return new FileRecord(file.fileName(), unit, file.revision(), sha.get(file.fileName()), FileStatus.REJECTED,
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
                case DUPLICATE -> sentences.add(messages.text("file.duplicate.of-used", used));
                case IGNORED -> {
                    // Changed while it was read: its own message says so, and it is read
                    // next run.
                    return r;
                }
                case REJECTED -> {
                    sentences.add(new Text(r.messageVi(), r.messageEn()));
                    sentences.add(messages.text(used(used)));
                }
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

    private boolean settling(DropEntry entry) {
        return !properties.settleTime().isZero()
                && entry.modified().plus(properties.settleTime()).isAfter(clock.instant());
    }

    private String sha256(DropEntry entry) {
        return DropFolder.sha256(entry, properties.maxBytes());
    }

    private static List<DropEntry> entries(Path inputDir) {
        try {
            return DropFolder.list(inputDir);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot list the input folder " + inputDir, e);
        }
    }

}
