package vn.dxscorecard.intake;

import java.nio.file.Files;
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

    private final Messages messages;

    SubmissionIntake(SubmissionParser parser, Messages messages) {
        this.parser = parser;
        this.messages = messages;
    }

    /**
     * Every entry of the period in the snapshot, in file-name order, with its status.
     * Nothing in the folder stops the run: a link, a folder, a FIFO or a file that cannot
     * be read is listed with the reason.
     */
    List<FileRecord> intake(DropSnapshot snapshot, Period period, Registry registry, RowSink sink) {
        List<FileRecord> records = new ArrayList<>();
        Map<String, List<Candidate>> byUnit = new TreeMap<>();
        for (DropEntry entry : snapshot.entries()) {
            String shown = FileNames.display(entry.name());
            Optional<SubmissionName> name = entry.type() == DropEntry.Type.UNREADABLE ? Optional.empty()
                    : SubmissionName.parse(entry.name());
            if (name.isEmpty()) {
                Optional<Period> mentioned = SubmissionName.mentionedPeriod(entry.name());
                if (mentioned.isEmpty() || mentioned.get().equals(period)) {
                    records.add(ignored(snapshot, entry, shown));
                }
            }
            else if (name.get().period().equals(period)) {
                if (entry.regular() && snapshot.settling(entry)) {
                    log.info("Skipping {}: changed less than {} ago, still being written", shown,
                            snapshot.settleTime());
                    records.add(FileRecord.ignored(shown, name.get().unitCode(), snapshot.sha256(entry).orElse(null),
                            messages.text("file.settling")));
                }
                else {
                    byUnit.computeIfAbsent(name.get().unitCode(), k -> new ArrayList<>())
                        .add(new Candidate(name.get(), entry));
                }
            }
        }
        byUnit.forEach(
                (unit, files) -> records.addAll(new UnitFiles(snapshot, period, unit, files, sink).decide(registry)));
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

    private FileRecord ignored(DropSnapshot snapshot, DropEntry entry, String shown) {
        SubmissionName.Ignored why = SubmissionName.ignored(entry.name());
        if (!entry.regular()) {
            log.info("Ignoring {}: not a regular file ({})", shown, entry.type());
            return FileRecord.ignored(shown, why.unitCode(), null,
                    messages.text("file.ignored.not-regular", new Message(kindKey(entry))));
        }
        log.info(why.inProgress() ? "Skipping {}: still being written (.part/.tmp)"
                : "Ignoring {}: not a submission file name", shown);
        return FileRecord.ignored(shown, why.unitCode(), snapshot.sha256(entry).orElse(null),
                messages.text(why.message()));
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
     * The files of one unit, chosen by {@link UnitChoice}; this class reads the files the
     * rule tries (their rows go to the sink as they are read) and words each file's
     * status.
     */
    private final class UnitFiles {

        private final Period period;

        private final String unit;

        private final List<Candidate> files;

        private final RowSink sink;

        private final Map<String, UnitChoice.File> byName = new LinkedHashMap<>();

        /** Why a file could not be read when it was hashed, by file name. */
        private final Map<String, String> unreadable = new HashMap<>();

        /** What reading a file gave, by file name. */
        private final Map<String, FileRecord> read = new HashMap<>();

        /** The unknown columns of an accepted file, listed in its message. */
        private final Map<String, String> unknownColumns = new HashMap<>();

        private String chosen;

        private String latest;

        UnitFiles(DropSnapshot snapshot, Period period, String unit, List<Candidate> files, RowSink sink) {
            this.period = period;
            this.unit = unit;
            this.files = files;
            this.sink = sink;
            for (Candidate f : files) {
                DropSnapshot.Hash hash = snapshot.hash(f.entry());
                byName.put(f.fileName(), new UnitChoice.File(f.fileName(), f.revision(), hash.sha256()));
                if (hash.failure() != null) {
                    unreadable.put(f.fileName(), hash.failure());
                }
            }
        }

        List<FileRecord> decide(Registry registry) {
            Optional<UnitCheck.Problem> problem = UnitCheck.check(unit, period, registry);
            if (problem.isPresent()) {
                UnitCheck.Problem p = problem.get();
                log.warn("Files of unit {} rejected: {}", unit, messages.text(p.code().message(p.args())).en());
                return files.stream()
                    .sorted(Comparator.comparingInt(Candidate::revision).reversed().thenComparing(Candidate::fileName))
                    .map(f -> rejected(f,
                            Rejection.of(messages, f.fileName(), unit, null, null, "file_name", f.fileName(), p.code(),
                                    p.args())))
                    .toList();
            }
            Map<String, Candidate> candidates = new HashMap<>();
            files.forEach(f -> candidates.put(f.fileName(), f));
            UnitChoice.Result result = UnitChoice.choose(List.copyOf(byName.values()), f -> {
                FileRecord record = read(candidates.get(f.name()));
                read.put(f.name(), record);
                return record.status() == FileStatus.ACCEPTED;
            });
            chosen = result.chosen() == null ? null : result.chosen().name();
            latest = result.latest() == null ? null : result.latest().name();
            List<FileRecord> records = new ArrayList<>();
            result.verdicts().forEach((name, verdict) -> {
                Candidate file = candidates.get(name);
                FileRecord record = switch (verdict) {
                    case READ -> read.get(name);
                    case DUPLICATE -> status(file, FileStatus.DUPLICATE);
                    case SUPERSEDED -> status(file, FileStatus.SUPERSEDED);
                    case CONFLICT -> conflict(file, result.conflicting(file.revision(), List.copyOf(byName.values())));
                };
                records.add(explained(record));
            });
            return records;
        }

        private FileRecord status(Candidate file, FileStatus status) {
            log.info("{}: {}", file.fileName(), status.id());
            return new FileRecord(file.fileName(), unit, file.revision(), sha(file), status, 0, 0, 0, ',', "", "",
                    null);
        }

        private String sha(Candidate file) {
            return byName.get(file.fileName()).sha256();
        }

        private FileRecord conflict(Candidate file, List<String> group) {
            int next = files.stream().mapToInt(Candidate::revision).max().orElse(0) + 1;
            return rejected(file,
                    Rejection.of(messages, file.fileName(), unit, null, null, "file_name", file.fileName(),
                            ErrorCode.FILE_REVISION_CONFLICT, file.revision(), String.join(", ", group),
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
                if (!parsed.sha256().equals(sha(file))) {
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
            return new FileRecord(file.fileName(), unit, file.revision(), sha(file), FileStatus.REJECTED, 0, 0, 0, ',',
                    rejection.messageVi(), rejection.messageEn(), rejection);
        }

        /** The record's message, completed with which file of the unit was used. */
        private FileRecord explained(FileRecord r) {
            String used = chosen;
            List<Text> sentences = new ArrayList<>();
            switch (r.status()) {
                case ACCEPTED -> {
                    sentences.add(messages.text("file.accepted", period));
                    if (latest != null && !latest.equals(chosen)) {
                        sentences.add(messages.text("file.accepted.identical-revision", latest));
                    }
                    if (unknownColumns.containsKey(r.fileName())) {
                        sentences.add(messages.text("file.unknown-columns", unknownColumns.get(r.fileName())));
                    }
                }
                case SUPERSEDED ->
                    sentences.add(messages.text(latest.equals(chosen) ? new Message("file.superseded", used)
                            : new Message("file.superseded.identical", latest, used)));
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

}
