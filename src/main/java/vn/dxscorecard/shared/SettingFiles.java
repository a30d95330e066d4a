package vn.dxscorecard.shared;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * Reads a file a setting names (the recipients file, the signing keystore, a password
 * file) as the hostile input it may be: a regular file only, a link refused, never more
 * than its bound read. Every problem is a {@link ConfigurationException}: exit 2 with one
 * line naming the file.
 */
public final class SettingFiles {

    private SettingFiles() {
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
