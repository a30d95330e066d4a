package vn.dxscorecard.intake;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import vn.dxscorecard.shared.Sha256;

/**
 * The one way the intake looks at and opens what units drop (SPEC §3): entries are looked
 * at without following links, only regular files are opened (without following a link put
 * there since), an open that does not return (a FIFO swapped in for the file) is
 * abandoned, and no file is ever read beyond the size limit.
 */
final class DropFolder {

    /** Longer than any open of a local file; a FIFO's open waits for a writer forever. */
    static final Duration OPEN_TIMEOUT = Duration.ofSeconds(10);

    /**
     * Opens run here so that one that never returns stalls only its own thread, never the
     * intake.
     */
    private static final ExecutorService OPENER = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "dx-intake-open");
        thread.setDaemon(true);
        return thread;
    });

    private DropFolder() {
    }

    /**
     * The entries of the folder, hidden ones left out (editor and sync tool leftovers),
     * by name.
     */
    static List<DropEntry> list(Path folder) throws IOException {
        List<DropEntry> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            for (Path path : stream) {
                String name = path.getFileName().toString();
                if (!name.startsWith(".")) {
                    entries.add(look(path));
                }
            }
        }
        entries.sort(Comparator.comparing(DropEntry::name));
        return entries;
    }

    /** What an entry is, its link itself rather than what a link points to. */
    static DropEntry look(Path path) {
        String name = path.getFileName().toString();
        if (name.indexOf('\uFFFD') >= 0) {
            // Bytes the file name encoding cannot decode: this name may stand for several
            // files, and for none.
            return new DropEntry(path, name, DropEntry.Type.UNREADABLE, 0, Instant.EPOCH);
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            DropEntry.Type type = attributes.isSymbolicLink() ? DropEntry.Type.LINK : attributes.isDirectory()
                    ? DropEntry.Type.FOLDER : attributes.isRegularFile() ? DropEntry.Type.FILE : DropEntry.Type.OTHER;
            return new DropEntry(path, name, type, attributes.size(), attributes.lastModifiedTime().toInstant());
        }
        catch (IOException e) {
            return new DropEntry(path, name, DropEntry.Type.UNREADABLE, 0, Instant.EPOCH);
        }
    }

    /**
     * Opens a regular file for reading, never following a link. The stream ends with
     * {@link TooLarge} as soon as more than {@code limit} bytes were read, and turns
     * every read failure into a {@link ReadFailure}.
     */
    static InputStream open(DropEntry entry, long limit) throws IOException {
        if (!entry.regular()) {
            throw new ReadFailure("not a regular file", null);
        }
        Future<InputStream> opening = OPENER.submit(() -> Channels
            .newInputStream(Files.newByteChannel(entry.path(), StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)));
        try {
            return new Limited(opening.get(OPEN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS), limit);
        }
        catch (TimeoutException e) {
            opening.cancel(true);
            throw new ReadFailure("it could not be opened within " + OPEN_TIMEOUT.toSeconds() + " s", e);
        }
        catch (ExecutionException e) {
            throw new ReadFailure(String.valueOf(e.getCause().getMessage()), e.getCause());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while opening " + entry.name());
        }
    }

    /**
     * The SHA-256 of a regular file of at most {@code limit} bytes; null when it is not
     * one.
     */
    static String hash(DropEntry entry, long limit) throws IOException {
        if (!entry.regular() || entry.size() > limit) {
            return null;
        }
        MessageDigest digest = Sha256.newDigest();
        try (InputStream in = new DigestInputStream(open(entry, limit), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
            return Sha256.hex(digest);
        }
    }

    /** The whole content of a regular file of at most {@code limit} bytes. */
    static byte[] readAll(DropEntry entry, long limit) throws IOException {
        try (InputStream in = open(entry, limit)) {
            return in.readAllBytes();
        }
    }

    /**
     * Reading failed (an I/O error, a file that could not be opened): the file is
     * rejected, the run goes on.
     */
    static class ReadFailure extends IOException {

        ReadFailure(String message, Throwable cause) {
            super(message, cause);
        }

    }

    /** More bytes than the limit: the file grew past it after it was looked at. */
    static final class TooLarge extends ReadFailure {

        TooLarge() {
            super("larger than the limit", null);
        }

    }

    private static final class Limited extends FilterInputStream {

        private final long limit;

        private long count;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = guarded(super::read);
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = guarded(() -> super.read(buffer, offset, (int) Math.min(length, limit + 1 - count)));
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(long n) throws TooLarge {
            count += n;
            if (count > limit) {
                throw new TooLarge();
            }
        }

        private static int guarded(IoRead read) throws ReadFailure {
            try {
                return read.get();
            }
            catch (ReadFailure e) {
                throw e;
            }
            catch (IOException e) {
                throw new ReadFailure(String.valueOf(e.getMessage()), e);
            }
        }

        @FunctionalInterface
        private interface IoRead {

            int get() throws IOException;

        }

    }

}
