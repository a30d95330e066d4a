package vn.dxscorecard.delivery;

import java.util.Locale;

/**
 * Mailboxes compared as mail compares them (SPEC §9): the domain never by case, and the
 * local part not either, as every mail system in use treats it (RFC 5321 allows a server
 * to tell {@code Lanh.Dao} from {@code lanh.dao}; none of ours does, and the same leader
 * mailed twice is the fault that matters).
 */
final class Mailbox {

    private Mailbox() {
    }

    static String identity(String address) {
        return address.toLowerCase(Locale.ROOT);
    }

    static boolean same(String a, String b) {
        return identity(a).equals(identity(b));
    }

}
