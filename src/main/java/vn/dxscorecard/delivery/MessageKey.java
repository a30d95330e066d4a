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
        return period + "/" + kind.id() + "/" + unitCode + "/" + (edition == 0 ? "-" : edition)
                + (discriminator.isEmpty() ? "" : "+" + discriminator) + "/" + recipient;
    }

    /** {@code <hex@domain>}: no part of the key itself is shown in the header. */
    public String messageId(String domain) {
        return "<" + Sha256.of(id().getBytes(StandardCharsets.UTF_8)).substring(0, 40) + ".dx-scorecard@" + domain
                + ">";
    }

}
