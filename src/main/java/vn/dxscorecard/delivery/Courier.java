package vn.dxscorecard.delivery;

/** Where the outbox's messages go: an SMTP server, or files (SPEC §9). */
interface Courier {

    Attempt deliver(OutboxEntry entry, String source);

    /** Ends the run's connection, if any. */
    default void close() {
    }

    /**
     * How one attempt ended.
     *
     * @param unreachable the server could not be reached at all: the other messages wait
     * for the next launch instead of failing one by one
     */
    record Attempt(OutboxStatus status, String reply, boolean unreachable) {
    }

}
