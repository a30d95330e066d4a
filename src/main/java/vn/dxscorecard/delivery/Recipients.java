package vn.dxscorecard.delivery;

import java.util.List;

/** Who receives what, from the recipients file (SPEC §9). */
public record Recipients(String file, List<Recipient> all) {

    public static final Recipients NONE = new Recipients("", List.of());

    public List<Recipient> of(String unitCode, Role role) {
        return all.stream().filter(r -> r.unitCode().equals(unitCode) && r.role() == role).toList();
    }

    /** Whether {@code mailbox} is one of the unit's recipients of that role now. */
    boolean has(String unitCode, Role role, String mailbox) {
        return of(unitCode, role).stream().anyMatch(r -> Mailbox.same(r.email(), mailbox));
    }

}
