package vn.dxscorecard.delivery;

/** SPEC §9: where planned messages go. */
public enum DeliveryMode {

    /** Nothing is planned or sent. */
    OFF,
    /**
     * Each message is written as an RFC 5322 file under {@code output/<period>/outbox/}.
     */
    EML,
    /** Each message is sent through {@code spring.mail.*}. */
    SMTP

}
