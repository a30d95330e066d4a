package vn.dxscorecard.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * One run at a time per data folder (SPEC §7): an OS file lock on
 * {@code <data>/dx-scorecard.lock}, taken before the job repository is touched, so it
 * also covers a launch straight from the jar. The OS releases it when the process dies,
 * even by {@code kill -9}, so a stale lock never needs removing by hand. The file's text
 * says who holds it.
 */
public final class RunLock implements AutoCloseable {

    public static final String FILE = "dx-scorecard.lock";

    /** Another process (or this one) holds the lock; the message says who. */
    public static final class LockedException extends Exception {

        public LockedException(String message) {
            super(message);
        }

    }

    private final FileChannel channel;

    private final FileLock lock;

    private final Instant since;

    private RunLock(FileChannel channel, FileLock lock, Instant since) {
        this.channel = channel;
        this.lock = lock;
        this.since = since;
    }

    public static RunLock acquire(Path dataDir, Instant now) throws IOException, LockedException {
        Path file = dataDir.resolve(FILE);
        // never through a link put in its place: the lock would truncate the link's
        // target
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        FileLock lock;
        try {
            lock = channel.tryLock();
        }
        catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            ByteBuffer text = ByteBuffer.allocate(200);
            channel.read(text, 0);
            channel.close();
            String holder = new String(text.array(), 0, text.position(), StandardCharsets.UTF_8).strip();
            throw new LockedException(
                    "another run holds the lock " + file + (holder.isEmpty() ? "" : " (" + holder + ")"));
        }
        RunLock runLock = new RunLock(channel, lock, now);
        runLock.describe("starting");
        return runLock;
    }

    /** Records what the holder is doing, for the message a second launch prints. */
    public void describe(String period) {
        String text = "pid " + ProcessHandle.current().pid() + ", period " + period + ", since " + since + "\n";
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            channel.truncate(0);
            lock.release();
        }
        finally {
            channel.close();
        }
    }

}
