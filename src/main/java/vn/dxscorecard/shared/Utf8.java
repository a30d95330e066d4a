package vn.dxscorecard.shared;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Strict UTF-8 for the files an operator gives: a wrong byte is an error, never a "?".
 */
public final class Utf8 {

    private Utf8() {
    }

    /** The text without its byte order mark, or empty when the bytes are not UTF-8. */
    public static Optional<String> decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        }
        catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

}
