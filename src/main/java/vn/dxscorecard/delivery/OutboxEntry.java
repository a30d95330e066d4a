package vn.dxscorecard.delivery;

import java.time.Instant;

import vn.dxscorecard.shared.Period;

/**
 * One message of the outbox as {@code delivery.csv} lists it.
 *
 * @param status {@code pending} (never tried, or failed temporarily: retried by the next
 * launch), {@code sent}, {@code written} (eml mode) or {@code failed} (permanently)
 */
public record OutboxEntry(String key, Period period, MessageKind kind, String unitCode, String recipient, int edition,
        OutboxStatus status, int attempts, String lastReply, Instant sentAt) {

}
