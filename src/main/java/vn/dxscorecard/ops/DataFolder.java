package vn.dxscorecard.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/**
 * The data folder, looked at before anything opens it (SPEC §7): the embedded database's
 * URL is composed here from the checked path, never from text; the job's own files in it
 * (database, lock, log) are never links, since H2, the lock and the log would write
 * through them; an empty or odd database file is a damaged database, never silently
 * replaced by a new one (that would lose the job's history).
 */
public final class DataFolder {

    /** The H2 database's name in the folder; H2 adds the suffixes below. */
    static final String DATABASE = "dx-scorecard";

    static final String DATABASE_FILE = DATABASE + ".mv.db";

    /** The name a new database is created under before it is moved into place. */
    private static final String NEW_DATABASE = ".dx-scorecard-new";

    /** The log folder and file that {@code logging.file.name} names. */
    static final String LOGS = "logs";

    static final String LOG_FILE = "dx-scorecard.log";

    /** Files of the job's own that H2, the run lock and the log open by name. */
    private static final List<String> OWN_FILES = List.of(DATABASE_FILE, DATABASE + ".trace.db", DATABASE + ".lock.db",
            RunLock.FILE, LOGS + "/" + LOG_FILE);

    /**
     * What the URL and the log's file pattern read as syntax: H2 splits its URL at
     * {@code ;} into settings (some of which run SQL when the database opens), and
     * Logback's rolling pattern reads {@code %} as a conversion word.
     */
    private static final String SYNTAX = ";%";

    private DataFolder() {
    }

    /**
     * Refuses a data folder that the database URL or the log file pattern cannot carry
     * literally.
     * @param source the setting it came from, for the error line
     */
    static void checkLiteral(String source, Path data) {
        String text = data.toString();
        for (char c : SYNTAX.toCharArray()) {
            if (text.indexOf(c) >= 0) {
                throw new UsageException(source + ": '" + text + "' contains '" + c + "', which the database URL"
                        + " and the log file pattern read as syntax: rename the folder or choose another");
            }
        }
    }

    /** The embedded database's JDBC URL for the checked {@code data} folder. */
    public static String url(Path data) {
        Path absolute = data.toAbsolutePath().normalize();
        checkLiteral("dx.data", absolute);
        return "jdbc:h2:file:" + absolute.resolve(DATABASE) + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    }

    /**
     * The job's own files in the data folder are regular files or absent, the log folder
     * a real folder: a link there would make the job write to its target.
     */
    public static void checkOwnFiles(Path data) {
        checkNotLink(data.resolve(LOGS), true);
        for (String name : OWN_FILES) {
            checkNotLink(data.resolve(name), false);
        }
    }

    private static void checkNotLink(Path path, boolean folder) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (attributes.isSymbolicLink()) {
                throw new UsageException(path + " is a link: the job writes only its own files there, never through"
                        + " a link; remove it");
            }
            if (folder != attributes.isDirectory()) {
                throw new UsageException(path + " is not a " + (folder ? "folder" : "regular file")
                        + ": the job keeps its own " + (folder ? "logs" : "file") + " under that name; move it away");
            }
        }
        catch (NoSuchFileException e) {
            // not there yet: the job creates it
        }
        catch (IOException e) {
            throw new UsageException("cannot look at " + path + ": " + e.getMessage());
        }
    }

    /**
     * Creates the H2 database when there is none, under another name first and then moved
     * into place: a first launch killed while H2 creates the file would leave an empty
     * {@value #DATABASE_FILE}, which {@link #checkDatabase} rightly takes for a damaged
     * history. So an empty database file is always damage, never a first run cut short.
     */
    static void createDatabase(Path data, String user, String password) {
        Path file = data.resolve(DATABASE_FILE);
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Path absolute = data.toAbsolutePath().normalize();
        checkLiteral("dx.data", absolute);
        Path fresh = absolute.resolve(NEW_DATABASE + ".mv.db");
        try {
            Files.deleteIfExists(fresh);
            Files.deleteIfExists(absolute.resolve(NEW_DATABASE + ".trace.db"));
            // the last connection closed closes the database: its file is then complete
            try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + absolute.resolve(NEW_DATABASE),
                    user, password)) {
                connection.isValid(1);
            }
            Files.move(fresh, file, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (IOException | SQLException e) {
            throw new IllegalStateException("cannot create the database in " + absolute + ": " + e.getMessage(), e);
        }
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
        catch (NoSuchFileException e) {
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
