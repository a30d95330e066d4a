package vn.dxscorecard.intake;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One entry of the drop folder as it was looked at, without following links: what it is,
 * its size and when it last changed. Only a regular file is ever opened.
 *
 * @param name the entry's name as the file system gave it; {@link #readableName} tells
 * whether it can be used
 */
record DropEntry(Path path, String name, Type type, long size, Instant modified) {

    enum Type {

        /** A regular file: the only kind the intake reads. */
        FILE,
        /** A symbolic link, to anything: never followed. */
        LINK, FOLDER,
        /** A FIFO, a socket or a device. */
        OTHER,
        /**
         * Its attributes cannot be read, or its name cannot be decoded in this system's
         * file name encoding.
         */
        UNREADABLE

    }

    boolean regular() {
        return type == Type.FILE;
    }

}
