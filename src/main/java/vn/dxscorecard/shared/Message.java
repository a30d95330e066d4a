package vn.dxscorecard.shared;

/**
 * A text of the message catalogue still to be written in a language: its key and its
 * arguments. An argument may be a {@link Message} or a {@link Text} itself, written in
 * the same language.
 */
public record Message(String key, Object... args) {
}
