package vn.dxscorecard.intake;

import vn.dxscorecard.validation.Rejection;

/**
 * A file seen by the intake with its status. {@code rejection} is set for a file rejected whole. {@code unitCode}
 * and {@code revision} are null for a file whose name was not recognised. Row counts: accepted and rejected are
 * known after validation.
 */
public record FileRecord(String fileName, String unitCode, Integer revision, String sha256, FileStatus status,
        long rowsRead, long rowsAccepted, long rowsRejected, char delimiter, String messageVi, String messageEn,
        Rejection rejection) {

    public static FileRecord ignored(String fileName, String messageVi, String messageEn) {
        return new FileRecord(fileName, null, null, null, FileStatus.IGNORED, 0, 0, 0, ',', messageVi, messageEn,
                null);
    }

    FileRecord withMessages(String vi, String en) {
        return new FileRecord(fileName, unitCode, revision, sha256, status, rowsRead, rowsAccepted, rowsRejected,
                delimiter, vi, en, rejection);
    }
}
