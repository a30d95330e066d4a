package vn.dxscorecard.delivery;

import java.util.Locale;

/** Where a message of the outbox stands (SPEC §9). */
public enum OutboxStatus {

    /**
     * Not sent yet, or refused for now (4xx, no connection): the next launch retries it.
     */
    PENDING,
    /** Accepted by the server, whose reply is kept. */
    SENT,
    /** Written as a file (eml mode, a preview): still to send in smtp mode. */
    WRITTEN,
    /** Refused for good (5xx): never retried. */
    FAILED,
    /**
     * Never sent: its recipient is no longer in the recipients file for that unit and
     * role (SPEC §9); whoever is there now gets the message instead.
     */
    WITHDRAWN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    boolean delivered() {
        return this == SENT || this == WRITTEN;
    }

}
