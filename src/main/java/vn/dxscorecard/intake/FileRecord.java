package vn.dxscorecard.intake;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import vn.dxscorecard.feedback.Rejection;
import vn.dxscorecard.shared.Text;

/**
 * A file seen by the intake with its status. {@code rejection} is set for a file rejected
 * whole. {@code revision} is null for a file whose name was not recognised, and so is
 * {@code unitCode} unless the name starts like a submission ({@code 01_2025-Q4.xlsx} is
 * unit 01's). Row counts: accepted and rejected are known after validation.
 */
public record FileRecord(String fileName, String unitCode, Integer revision, String sha256, FileStatus status,
        long rowsRead, long rowsAccepted, long rowsRejected, char delimiter, String messageVi, String messageEn,
        Rejection rejection) {

    /**
     * Messages are stored in columns of 2,000 characters; ours are far shorter unless a
     * file name is pasted in.
     */
    static final int MAX_MESSAGE = 2000;

    public FileRecord {
        messageVi = cut(messageVi);
        messageEn = cut(messageEn);
    }

    /**
     * A file not read as a submission; its checksum still goes into the manifest with the
     * other inputs.
     */
    static FileRecord ignored(String fileName, String unitCode, String sha256, Text message) {
        return new FileRecord(fileName, unitCode, null, sha256, FileStatus.IGNORED, 0, 0, 0, ',', message.vi(),
                message.en(), null);
    }

    FileRecord renamed(String name) {
        return new FileRecord(name, unitCode, revision, sha256, status, rowsRead, rowsAccepted, rowsRejected, delimiter,
                messageVi, messageEn, rejection);
    }

    FileRecord withMessage(Text message) {
        return new FileRecord(fileName, unitCode, revision, sha256, status, rowsRead, rowsAccepted, rowsRejected,
                delimiter, message.vi(), message.en(), rejection);
    }

    private static String cut(String message) {
        return message == null || message.length() <= MAX_MESSAGE ? message
                : message.substring(0, MAX_MESSAGE - 1) + "…";
    }

    /**
     * How many files have each status, for a log line: " (50 accepted, 1 superseded)";
     * empty for no file at all, so the line reads "0 files".
     */
    public static String tally(List<FileRecord> files) {
        Map<FileStatus, Long> byStatus = files.stream()
            .collect(Collectors.groupingBy(FileRecord::status, () -> new EnumMap<>(FileStatus.class),
                    Collectors.counting()));
        return byStatus.isEmpty() ? ""
                : byStatus.entrySet()
                    .stream()
                    .map(e -> e.getValue() + " " + e.getKey().id())
                    .collect(Collectors.joining(", ", " (", ")"));
    }

}
