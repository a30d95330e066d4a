package vn.dxscorecard.delivery;

import java.util.Arrays;
import java.util.Locale;

/** The four messages of SPEC §9 (a receipt for files that came too late is a receipt). */
public enum MessageKind {

    RECEIPT, REMINDER, SCORECARD, NATIONAL_SUMMARY;

    /** Who of a unit the message is for. */
    Role role() {
        return switch (this) {
            case RECEIPT, REMINDER -> Role.OFFICER;
            case SCORECARD -> Role.LEADER;
            case NATIONAL_SUMMARY -> Role.NATIONAL;
        };
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static MessageKind fromId(String id) {
        return Arrays.stream(values())
            .filter(k -> k.id().equals(id))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no message kind " + id));
    }

}
