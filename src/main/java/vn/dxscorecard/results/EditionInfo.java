package vn.dxscorecard.results;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

import vn.dxscorecard.cycle.EditionStatus;
import vn.dxscorecard.shared.Message;

/**
 * Which edition a report is (SPEC §8), as its outputs name it.
 *
 * @param number the edition's number, from 1
 * @param correction for a correction, which one it is (1 for the first); 0 otherwise
 * @param deadline the period's submission deadline
 * @param inputsFingerprint SHA-256 of the fingerprint of the files the edition read
 */
public record EditionInfo(int number, EditionStatus status, int correction, OffsetDateTime deadline,
        String inputsFingerprint) {

    /**
     * SPEC §8's words for the edition, as page 1 of every PDF and the e-mails give them:
     * "Bản tạm thời số 2 — số liệu có thể thay đổi đến hạn nộp 15/01/2026".
     */
    public Message label() {
        return label(DateTimeFormatter.ofPattern("dd/MM/yyyy")::format);
    }

    /** The label with the deadline's date written as a language writes it. */
    public Message label(Function<OffsetDateTime, String> date) {
        return switch (status) {
            case PROVISIONAL -> new Message("pdf.edition.provisional", number, date.apply(deadline));
            case FINAL -> new Message("pdf.edition.final");
            case CORRECTION -> new Message("pdf.edition.correction", correction);
        };
    }

}
