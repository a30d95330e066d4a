package vn.dxscorecard.delivery;

import java.nio.charset.StandardCharsets;

import vn.dxscorecard.shared.Period;
import vn.dxscorecard.shared.Sha256;

/**
 * What makes a message itself (SPEC §9): period, kind, unit, edition, recipient. A key is
 * sent once; its {@code Message-ID} is derived from it, so a message sent again after a
 * crash is recognisably the same one.
 *
 * @param edition the edition the message is about; 0 for a reminder (once per period)
 * @param discriminator for a receipt of files that came after the final edition: which
 * files (several such receipts can follow one edition); empty otherwise
 */
public record MessageKey(Period period, MessageKind kind, String unitCode, int edition, String recipient,
        String discriminator) {

    public String id() {
        return group() + "/" + recipient;
    }

    /** What the message is, whoever it goes to: the key without its recipient. */
    String group() {
        return period + "/" + kind.id() + "/" + unitCode + "/" + (edition == 0 ? "-" : edition)
                + (discriminator.isEmpty() ? "" : "+" + discriminator);
    }

    /** The same message to another mailbox. */
    MessageKey to(String mailbox) {
        return new MessageKey(period, kind, unitCode, edition, mailbox, discriminator);
    }

    /** The key whose {@link #id()} is {@code id}. */
    static MessageKey parse(String id) {
        // the recipient comes last and may itself hold a '/'
        String[] parts = id.split("/", 5);
        if (parts.length != 5) {
            throw new IllegalArgumentException("not a message key: " + id);
        }
        int plus = parts[3].indexOf('+');
        String edition = plus < 0 ? parts[3] : parts[3].substring(0, plus);
        return new MessageKey(Period.of(parts[0]), MessageKind.fromId(parts[1]), parts[2],
                edition.equals("-") ? 0 : Integer.parseInt(edition), parts[4],
                plus < 0 ? "" : parts[3].substring(plus + 1));
    }

    /** {@code <hex@domain>}: no part of the key itself is shown in the header. */
    public String messageId(String domain) {
        return "<" + Sha256.of(id().getBytes(StandardCharsets.UTF_8)).substring(0, 40) + ".dx-scorecard@" + domain
                + ">";
    }

}
