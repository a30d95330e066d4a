package vn.dxscorecard.shared;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a file a setting names (the recipients file, the signing keystore, a password
 * file) as the hostile input it may be: a regular file only, a link refused, never more
 * than its bound read. Every problem is a {@link ConfigurationException}: exit 2 with one
 * line naming the file.
 */
public final class SettingFiles {

    private SettingFiles() {
    }

    /** A password file's bound: far more than any password. */
    private static final int MAX_SECRET_BYTES = 4 * 1024;

    /**
     * The first line of a password file, which must be readable by the job's user only
     * (as ssh refuses a private key others can read): a file that group or others may
     * read or write is refused, naming its mode.
     * @param setting the setting that names it, for the error line
     */
    public static String secret(Path file, String setting) {
        try {
            PosixFileAttributes posix = Files.readAttributes(file, PosixFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            Set<PosixFilePermission> open = EnumSet.copyOf(posix.permissions());
            open.removeAll(EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                    PosixFilePermission.OWNER_EXECUTE));
            if (!open.isEmpty()) {
                throw new ConfigurationException(setting + ": " + file + " can be read or changed by other users ("
                        + PosixFilePermissions.toString(posix.permissions()) + "): chmod 600 " + file);
            }
        }
        catch (UnsupportedOperationException e) {
            // no POSIX permissions on this file system: nothing to check
        }
        catch (IOException e) {
            // read() below says what is wrong with the file
        }
        String text = Utf8.decode(read(file, MAX_SECRET_BYTES, "the password file"))
            .orElseThrow(() -> new ConfigurationException(setting + ": " + file + " is not valid UTF-8"));
        return text.lines().findFirst().orElse("");
    }

    /**
     * @param what what the file is meant to be, for the error line ("the recipients
     * file")
     */
    public static byte[] read(Path file, int maxBytes, String what) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile()) {
                throw new ConfigurationException(file + ": not a regular file"
                        + (attributes.isSymbolicLink() ? " (a link: name the file itself)" : ""));
            }
            if (attributes.size() > maxBytes) {
                throw new ConfigurationException(file + ": larger than " + maxBytes + " bytes");
            }
            try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                byte[] bytes = in.readNBytes(maxBytes + 1);
                if (bytes.length > maxBytes) {
                    throw new ConfigurationException(file + ": larger than " + maxBytes + " bytes");
                }
                return bytes;
            }
        }
        catch (IOException e) {
            throw new ConfigurationException(file + ": cannot read " + what + " ("
                    + Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName()) + ")");
        }
    }

}
