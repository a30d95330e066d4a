package vn.dxscorecard.delivery;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Who a recipient is for their unit (SPEC §9). */
public enum Role {

    /** The unit's reporting officers: receipts and reminders. */
    OFFICER,
    /** The unit's leaders: its scorecard when final. */
    LEADER,
    /** The national committee (unit {@code QG}): the national summary when final. */
    NATIONAL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Role> fromId(String id) {
        return Arrays.stream(values()).filter(r -> r.id().equals(id)).findFirst();
    }

}
