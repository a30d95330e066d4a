package vn.dxscorecard.reference;

import java.util.List;
import java.util.Locale;

/**
 * The three kinds of reporting unit of SPEC §4; provinces and ministries are ranked
 * separately.
 */
public enum Kind {

    PROVINCE, MINISTRY, NATIONAL;

    /**
     * The ranking groups, in the order every output lists them; the national unit is
     * scored but never ranked.
     */
    public static final List<Kind> GROUPS = List.of(PROVINCE, MINISTRY);

    /**
     * The lower-case word used in the catalogue's {@code applies_to} and in
     * rankings.csv's {@code group}.
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Kind fromId(String id) {
        for (Kind kind : values()) {
            if (kind.id().equals(id.trim().toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown kind '" + id + "'");
    }

}
