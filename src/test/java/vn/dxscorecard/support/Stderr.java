package vn.dxscorecard.support;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.IntSupplier;

/** What a launch in this JVM printed on stderr, with its exit code. */
public record Stderr(int code, String text) {

    public static Stderr of(IntSupplier launch) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = launch.getAsInt();
        }
        finally {
            System.setErr(original);
        }
        return new Stderr(code, captured.toString(StandardCharsets.UTF_8));
    }

}
