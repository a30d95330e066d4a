package vn.dxscorecard.delivery;

import java.util.List;

/** SPEC §9: where planned messages go. */
public enum DeliveryMode {

    /** Nothing is planned or sent. */
    OFF,
    /**
     * Each message is written as an RFC 5322 file under {@code output/<period>/outbox/}:
     * a preview, so a message written stays due for smtp.
     */
    EML,
    /** Each message is sent through {@code spring.mail.*}. */
    SMTP;

    /**
     * What is still to deliver in this mode: a preview is written once, while only smtp
     * delivers (and so, delivery off, a preview still waits).
     */
    List<OutboxStatus> waiting() {
        return this == EML ? List.of(OutboxStatus.PENDING) : List.of(OutboxStatus.PENDING, OutboxStatus.WRITTEN);
    }

}
