package vn.dxscorecard.delivery;

/**
 * One row of the recipients file.
 *
 * @param name the display name, possibly empty; never contains CR or LF
 * @param email a plain ASCII mailbox ({@code local@domain})
 */
public record Recipient(String unitCode, Role role, String name, String email) {

}
