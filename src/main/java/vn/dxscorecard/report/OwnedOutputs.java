package vn.dxscorecard.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.dxscorecard.report.pdf.Language;

/**
 * Keeps a period folder holding exactly one publication without ever deleting what is not
 * the job's own: the files the previous manifest listed that this publication does not
 * write again (a scorecard of a unit that has since stopped submitting, a unit's
 * validation report), and files a crashed run left under the job's temporary names.
 * Nothing else in the folder is touched, links are never followed, and nothing outside
 * the folder is named.
 * <p>
 * When a publication starts, the manifest is set aside as {@value #PREVIOUS}: until the
 * new one is written nobody may take the half-rewritten folder for a complete one, and
 * the old list of outputs survives a crash.
 */
final class OwnedOutputs {

    private static final Logger log = LoggerFactory.getLogger(OwnedOutputs.class);

    static final String PREVIOUS = ".manifest.previous.json";

    /** The folders the job writes into, relative to the period folder. */
    private static final List<Path> FOLDERS = List.of(Path.of(""), Language.VI.scorecards(), Language.EN.scorecards(),
            Path.of("validation"), Path.of("web"), Path.of("web/units"), Path.of("web/en"), Path.of("web/en/units"));

    /**
     * {@code .<name>.tmp}: what {@link vn.dxscorecard.shared.AtomicFiles} writes before
     * moving a file in place.
     */
    private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.tmp");

    private final Path periodDir;

    OwnedOutputs(Path periodDir) {
        this.periodDir = periodDir.toAbsolutePath().normalize();
    }

    /**
     * Makes the period folder and the folders the job writes in real folders: a link put
     * in their place would send the outputs, and their removal, elsewhere. The link
     * itself is removed, never what it points to.
     */
    void claimFolders() throws IOException {
        for (Path folder : FOLDERS) {
            Path path = periodDir.resolve(folder);
            if (Files.isSymbolicLink(path)) {
                log.warn("{} is a link; replaced by a folder of the job's own", path);
                Files.delete(path);
            }
            if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(path);
            }
        }
    }

    /**
     * Sets the published manifest aside; a restarted publication keeps the one set aside
     * first.
     */
    void retire() throws IOException {
        claimFolders();
        Path manifest = periodDir.resolve(Manifest.FILE);
        if (Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(manifest, periodDir.resolve(PREVIOUS), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Removes the previous publication's files that are not produced again, and leftover
     * temporary files.
     * @return the files removed, relative to the period folder, sorted
     */
    List<Path> removeStale(Collection<Path> produced) throws IOException {
        Set<Path> keep = new HashSet<>();
        produced.forEach(p -> keep.add(periodDir.resolve(p).normalize()));
        Set<Path> stale = new TreeSet<>();
        for (Path file : previousOutputs()) {
            if (!keep.contains(file)) {
                stale.add(file);
            }
        }
        for (Path folder : FOLDERS) {
            stale.addAll(temporaryFiles(periodDir.resolve(folder)));
        }
        List<Path> removed = new ArrayList<>();
        for (Path file : stale) {
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.deleteIfExists(file)) {
                removed.add(periodDir.relativize(file));
            }
        }
        for (Path folder : FOLDERS.subList(1, FOLDERS.size())) {
            deleteIfEmpty(periodDir.resolve(folder));
        }
        return removed;
    }

    /** The new manifest is in place: the old list of outputs is no longer needed. */
    void forgetPrevious() throws IOException {
        Files.deleteIfExists(periodDir.resolve(PREVIOUS));
    }

    /** The outputs the set-aside manifest lists, inside the period folder only. */
    private List<Path> previousOutputs() {
        Optional<Manifest> previous;
        try {
            previous = Manifest.read(periodDir.resolve(PREVIOUS));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Path> files = new ArrayList<>();
        for (Manifest.Output output : previous.map(Manifest::outputs).orElse(List.of())) {
            Path file = periodDir.resolve(output.path()).normalize();
            if (file.startsWith(periodDir) && !file.equals(periodDir)) {
                files.add(file);
            }
        }
        return files;
    }

    private static List<Path> temporaryFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                if (TEMPORARY.matcher(entry.getFileName().toString()).matches()) {
                    files.add(entry);
                }
            }
        }
        return files;
    }

    private static void deleteIfEmpty(Path folder) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            if (entries.iterator().hasNext()) {
                return;
            }
        }
        try {
            Files.delete(folder);
        }
        catch (NoSuchFileException e) {
            // Gone already: nothing to do.
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot remove the empty folder " + folder, e);
        }
    }

}
