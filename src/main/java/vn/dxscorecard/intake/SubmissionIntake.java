package vn.dxscorecard.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.dxscorecard.reference.Period;
import vn.dxscorecard.reference.Registry;
import vn.dxscorecard.reference.RegistryUnit;
import vn.dxscorecard.validation.ErrorCode;
import vn.dxscorecard.validation.Rejection;

/**
 * Decides, for one period, which file of each unit counts (SPEC §3): the highest revision that is not rejected whole
 * and not a byte-identical copy of a file already taken. Rows of the chosen files go to the sink as they are read;
 * input files are only read, never moved or changed.
 */
public final class SubmissionIntake {

    private static final Logger log = LoggerFactory.getLogger(SubmissionIntake.class);

    private final SubmissionParser parser;
    private final IntakeProperties properties;
    private final Clock clock;

    public SubmissionIntake(SubmissionParser parser, IntakeProperties properties, Clock clock) {
        this.parser = parser;
        this.properties = properties;
        this.clock = clock;
    }

    /** Every file of the period seen in {@code inputDir}, in a stable order, with its status. */
    public List<FileRecord> intake(Path inputDir, Period period, Registry registry, RowSink sink) {
        List<FileRecord> records = new ArrayList<>();
        Map<String, List<SubmissionName>> byUnit = new LinkedHashMap<>();
        for (Path file : listFiles(inputDir)) {
            String fileName = file.getFileName().toString();
            Optional<SubmissionName> name = SubmissionName.parse(fileName);
            if (name.isEmpty()) {
                Optional<Period> mentioned = SubmissionName.mentionedPeriod(fileName);
                if (mentioned.isEmpty() || mentioned.get().equals(period)) {
                    records.add(FileRecord.ignored(fileName,
                            "Tên tệp không đúng mẫu <MÃ ĐƠN VỊ>_<KỲ>.csv hoặc <MÃ ĐƠN VỊ>_<KỲ>_r<N>.csv (N ≥ 2); tệp không được đọc.",
                            "The name does not match <UNIT>_<PERIOD>.csv or <UNIT>_<PERIOD>_r<N>.csv (N ≥ 2); not read."));
                }
            } else if (name.get().period().equals(period)) {
                if (settling(file)) {
                    log.info("Skipping {}: changed less than {} ago, still being written", fileName,
                            properties.settleTime());
                    records.add(FileRecord.ignored(fileName,
                            "Tệp vừa được thay đổi, có thể đang được ghi; sẽ được đọc ở lần chạy sau.",
                            "The file changed moments ago and may still be being written; it will be read next run."));
                } else {
                    byUnit.computeIfAbsent(name.get().unitCode(), k -> new ArrayList<>()).add(name.get());
                }
            }
        }
        Set<String> ingested = new HashSet<>();
        byUnit.keySet().stream().sorted().forEach(unit -> records.addAll(
                intakeUnit(inputDir, period, registry, byUnit.get(unit), ingested, sink)));
        return records;
    }

    private List<FileRecord> intakeUnit(Path inputDir, Period period, Registry registry, List<SubmissionName> names,
            Set<String> ingested, RowSink sink) {
        names.sort(Comparator.comparingInt(SubmissionName::revision).reversed()
                .thenComparing(SubmissionName::fileName));
        String unitCode = names.getFirst().unitCode();
        Optional<RejectionReason> unitProblem = unitProblem(unitCode, period, registry);
        List<FileRecord> records = new ArrayList<>();
        FileRecord chosen = null;
        for (SubmissionName name : names) {
            Path file = inputDir.resolve(name.fileName());
            String sha256 = sha256(file);
            if (unitProblem.isPresent()) {
                records.add(rejected(name, sha256, unitProblem.get().toRejection(name), 0));
            } else if (chosen != null) {
                records.add(new FileRecord(name.fileName(), unitCode, name.revision(), sha256, FileStatus.SUPERSEDED,
                        0, 0, 0, ',', "Đã có bản sửa đổi cao hơn được sử dụng: " + chosen.fileName() + ".",
                        "A higher revision was used instead: " + chosen.fileName() + ".", null));
            } else if (ingested.contains(sha256)) {
                records.add(new FileRecord(name.fileName(), unitCode, name.revision(), sha256, FileStatus.DUPLICATE, 0,
                        0, 0, ',', "Tệp trùng hoàn toàn với một tệp đã được tiếp nhận trong kỳ; bỏ qua.",
                        "Byte-identical to a file already taken for this period; skipped.", null));
            } else {
                FileRecord record = read(file, name, sha256, sink);
                records.add(record);
                if (record.status() == FileStatus.ACCEPTED) {
                    chosen = record;
                    ingested.add(sha256);
                }
            }
        }
        if (chosen != null) {
            explainFallback(records, chosen);
        }
        return records;
    }

    private FileRecord read(Path file, SubmissionName name, String sha256, RowSink sink) {
        try {
            SubmissionParser.Parsed parsed = parser.parse(file, name, sink);
            String warningVi = parsed.unknownColumns().isEmpty() ? ""
                    : "Cột không xác định bị bỏ qua: " + String.join(", ", parsed.unknownColumns()) + ".";
            String warningEn = parsed.unknownColumns().isEmpty() ? ""
                    : "Unknown columns ignored: " + String.join(", ", parsed.unknownColumns()) + ".";
            if (!parsed.unknownColumns().isEmpty()) {
                log.warn("{}: unknown columns ignored: {}", name.fileName(), parsed.unknownColumns());
            }
            return new FileRecord(name.fileName(), name.unitCode(), name.revision(), sha256, FileStatus.ACCEPTED,
                    parsed.rowsRead(), 0, 0, parsed.delimiter(), warningVi, warningEn, null);
        } catch (FileRejectedException e) {
            sink.discardFile(name.fileName());
            log.warn("{}: rejected whole: {}", name.fileName(), e.getMessage());
            Rejection rejection = Rejection.of(name.fileName(), name.unitCode(), e.line(), null, e.column(),
                    e.value(), e.code(), e.args());
            return rejected(name, sha256, rejection, 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** A higher revision rejected whole: its sender is told which revision counted instead. */
    private static void explainFallback(List<FileRecord> records, FileRecord chosen) {
        for (int i = 0; i < records.size(); i++) {
            FileRecord r = records.get(i);
            if (r.status() == FileStatus.REJECTED && r.revision() > chosen.revision()) {
                records.set(i, r.withMessages(r.messageVi() + " Bản được sử dụng thay thế: " + chosen.fileName() + ".",
                        r.messageEn() + " Used instead: " + chosen.fileName() + "."));
            }
        }
    }

    private static FileRecord rejected(SubmissionName name, String sha256, Rejection rejection, long rows) {
        return new FileRecord(name.fileName(), name.unitCode(), name.revision(), sha256, FileStatus.REJECTED, rows,
                0, 0, ',', rejection.messageVi(), rejection.messageEn(), rejection);
    }

    private record RejectionReason(ErrorCode code, Object... args) {
        Rejection toRejection(SubmissionName name) {
            return Rejection.of(name.fileName(), name.unitCode(), null, null, "file_name", name.fileName(), code,
                    args);
        }
    }

    private static Optional<RejectionReason> unitProblem(String code, Period period, Registry registry) {
        if (registry.find(code, period.lastDay()).isPresent()) {
            return Optional.empty();
        }
        List<RegistryUnit> history = registry.history(code);
        if (history.isEmpty()) {
            return Optional.of(new RejectionReason(ErrorCode.FILE_UNKNOWN_UNIT, code));
        }
        RegistryUnit last = history.getFirst();
        String successor = last.successorCode() == null ? "?" : last.successorCode();
        return Optional.of(new RejectionReason(ErrorCode.FILE_UNIT_NOT_VALID, code + " (" + last.nameVi() + ")",
                period.lastDay(), successor));
    }

    private boolean settling(Path file) {
        if (properties.settleTime().isZero()) {
            return false;
        }
        try {
            Instant modified = Files.getLastModifiedTime(file).toInstant();
            return modified.plus(properties.settleTime()).isAfter(clock.instant());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> listFiles(Path inputDir) {
        try (Stream<Path> files = Files.list(inputDir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(f -> f.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list input folder " + inputDir, e);
        }
    }

    static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return java.util.HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
