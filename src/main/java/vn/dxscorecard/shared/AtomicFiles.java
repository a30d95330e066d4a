package vn.dxscorecard.shared;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file under a temporary name in its own folder and moves it into place: no
 * reader sees half a file. Durable as well: the contents reach the disk before the move,
 * and the folder's entry after it, so after a power loss a file is either the old one or
 * the whole new one, and a manifest written last never lists a file that is empty.
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
        try {
            writeAtomically(target, content);
        }
        catch (FileSystemException e) {
            throw e;
        }
        catch (IOException e) {
            // "No space left on device" alone names no file: the console line must say
            // which one could not be written (and so on which disk).
            FileSystemException named = new FileSystemException(target.toString(), null,
                    "cannot write: " + e.getMessage());
            named.initCause(e);
            throw named;
        }
    }

    private static void writeAtomically(Path target, Content content) throws IOException {
        Path folder = target.getParent();
        if (Files.isSymbolicLink(folder)) {
            throw new FileSystemException(folder.toString(), null,
                    "a link where the job keeps a folder of its own: nothing is written through it");
        }
        Files.createDirectories(folder);
        Path temp = target.resolveSibling("." + target.getFileName() + TEMP_SUFFIX);
        // Whatever was left under the temporary name (a link, too) is replaced, never
        // written through.
        Files.deleteIfExists(temp);
        // Buffered: OpenPDF writes a PDF in many small pieces, each a system call on a
        // bare file stream.
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS)) {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            content.writeTo(out);
            out.flush();
            channel.force(true);
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
        syncFolder(target.getParent());
    }

    /**
     * A rename is durable only once the folder itself is synced (POSIX); a file system
     * that cannot open a folder for reading gives no way to, and the move stands as made.
     */
    static void syncFolder(Path folder) throws IOException {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        }
        catch (UnsupportedOperationException | AccessDeniedException e) {
            // nothing more can be done for this folder
        }
    }

}
