package vn.dxscorecard.intake;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import vn.dxscorecard.shared.Message;

/**
 * Says, in the sender's words, why a file that failed strict UTF-8 decoding is not UTF-8
 * and where: the streaming decoder only knows that it failed, not at which byte, and a
 * reporting officer needs "line 7", not a Java exception. Run only on a file already
 * refused, so reading it whole (it is under the size limit) costs nothing on the normal
 * path.
 */
final class EncodingDiagnosis {

    /**
     * @param line the physical line of the first bad byte, or null when the whole file is
     * in another encoding
     */
    record Finding(Long line, Message detail) {
    }

    private static final int UTF16_SAMPLE = 512;

    private EncodingDiagnosis() {
    }

    static Finding diagnose(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            return utf16();
        }
        int nul = indexOfNul(bytes);
        int malformed = firstMalformed(bytes);
        int replacement = indexOfReplacement(bytes);
        int first = Math.min(nul, Math.min(malformed, replacement));
        if (first == Integer.MAX_VALUE) {
            return new Finding(null, new Message("encoding.not-utf8"));
        }
        long line = lineOf(bytes, first);
        if (first == nul) {
            return looksLikeUtf16(bytes) ? utf16() : new Finding(line, new Message("encoding.nul", line));
        }
        if (first == replacement) {
            return new Finding(line, new Message("encoding.replacement-character", line));
        }
        return new Finding(line, new Message("encoding.bad-byte", String.format("0x%02X", bytes[first] & 0xFF), line));
    }

    private static Finding utf16() {
        return new Finding(null, new Message("encoding.utf16"));
    }

    /**
     * UTF-16 text without a byte order mark: ASCII characters leave a NUL in every other
     * byte.
     */
    private static boolean looksLikeUtf16(byte[] bytes) {
        int n = Math.min(bytes.length, UTF16_SAMPLE);
        int even = 0;
        int odd = 0;
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                if (i % 2 == 0) {
                    even++;
                }
                else {
                    odd++;
                }
            }
        }
        return Math.max(even, odd) * 4 >= n;
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static int indexOfReplacement(byte[] bytes) {
        for (int i = 0; i + 2 < bytes.length; i++) {
            if (bytes[i] == (byte) 0xEF && bytes[i + 1] == (byte) 0xBF && bytes[i + 2] == (byte) 0xBD) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static int firstMalformed(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : Integer.MAX_VALUE;
    }

    /** Counted as the CSV reader counts: LF, CR LF and a lone CR each end a line. */
    static long lineOf(byte[] bytes, int offset) {
        long line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                line++;
            }
        }
        return line;
    }

}
