package vn.dxscorecard.shared;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file under a temporary name in its own folder and moves it into place: no
 * reader sees half a file.
 */
public final class AtomicFiles {

    public static final String TEMP_SUFFIX = ".tmp";

    @FunctionalInterface
    public interface Content {

        void writeTo(OutputStream out) throws IOException;

    }

    private AtomicFiles() {
    }

    public static void write(Path target, Content content) throws IOException {
        Files.createDirectories(target.getParent());
        Path temp = target.resolveSibling("." + target.getFileName() + TEMP_SUFFIX);
        // Whatever was left under the temporary name (a link, too) is replaced, never
        // written through.
        Files.deleteIfExists(temp);
        // Buffered: OpenPDF writes a PDF in many small pieces, each a system call on a
        // bare file stream.
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS), 1 << 16)) {
            content.writeTo(out);
        }
        catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

}
