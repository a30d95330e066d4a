package vn.dxscorecard.delivery;

import java.util.List;

/** Who receives what, from the recipients file (SPEC §9). */
public record Recipients(String file, List<Recipient> all) {

    public static final Recipients NONE = new Recipients("", List.of());

    public List<Recipient> of(String unitCode, Role role) {
        return all.stream().filter(r -> r.unitCode().equals(unitCode) && r.role() == role).toList();
    }

}
