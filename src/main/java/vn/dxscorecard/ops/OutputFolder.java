package vn.dxscorecard.ops;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The output folder looked at before a launch writes anything (SPEC §7): the folders the
 * job keeps there (each period's, and its {@code scorecards/}, {@code validation/},
 * {@code outbox/} and {@code templates/}) are real folders or absent. A link in their
 * place would send the outputs, and the removal of stale ones, to its target: exit 2
 * naming it. Files need no such look: each is written under a new name and moved over
 * whatever had its name, a link included.
 */
public final class OutputFolder {

    private static final Pattern PERIOD = Pattern.compile("\\d{4}-Q[1-4]");

    private static final List<String> SUBFOLDERS = List.of("scorecards", "scorecards/en", "validation", "outbox",
            "templates", "web", "web/units", "web/en", "web/en/units");

    private OutputFolder() {
    }

    public static void check(Path output) {
        if (!Files.isDirectory(output)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(output,
                entry -> PERIOD.matcher(entry.getFileName().toString()).matches())) {
            for (Path period : entries) {
                notALink(period);
                for (String folder : SUBFOLDERS) {
                    notALink(period.resolve(folder));
                }
            }
        }
        catch (IOException e) {
            throw new UsageException("cannot look into the output folder " + output + ": " + e.getMessage());
        }
    }

    private static void notALink(Path folder) {
        if (Files.isSymbolicLink(folder)) {
            throw new UsageException(folder + " is a link: the job writes its outputs only into folders of its own,"
                    + " never through a link; remove it");
        }
    }

}
