package vn.dxscorecard.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The data folder's embedded database file, looked at before anything opens it (SPEC §7):
 * an empty or odd file is a damaged database, never silently replaced by a new one (that
 * would lose the job's history).
 */
public final class DataFolder {

    /** The H2 file the default {@code spring.datasource.url} names. */
    static final String DATABASE_FILE = "dx-scorecard.mv.db";

    private DataFolder() {
    }

    public static void checkDatabase(Path data) {
        Path file = data.resolve(DATABASE_FILE);
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile() || attributes.size() == 0) {
                throw new UsageException(
                        damaged(file, attributes.isRegularFile() ? "it is empty" : "it is not a file"));
            }
        }
        catch (java.nio.file.NoSuchFileException e) {
            // No database yet: the first run creates it.
        }
        catch (IOException e) {
            throw new UsageException(damaged(file, "it cannot be read: " + e.getMessage()));
        }
    }

    static String damaged(Path file, String why) {
        return "the database file " + file + " is damaged (" + why + "); restore it from a backup, or move it away"
                + " to start a new history";
    }

}
