package vn.dxscorecard.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Makes a period folder hold exactly one run's output: a scorecard of a unit that has since stopped submitting, a
 * file a crashed run left under its temporary name, a report an older version wrote. Only regular files inside the
 * period folder are removed, never the input files (whatever folders the operator chose), then folders left empty.
 */
final class StaleOutputs {

    /** Folders of the period written by other commands than the job: {@code --template}. */
    private static final Set<String> NOT_THE_JOBS = Set.of("templates");

    private StaleOutputs() {
    }

    /** @return the files removed, relative to {@code periodDir}, sorted */
    static List<Path> remove(Path periodDir, Collection<Path> produced, Path inputDir) throws IOException {
        Path root = periodDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        Path input = inputDir.toAbsolutePath().normalize();
        Set<Path> keep = produced.stream().map(p -> root.resolve(p).normalize()).collect(Collectors.toSet());
        List<Path> removed = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted().toList()) {
                if (path.equals(root) || isInput(path, input, root)
                        || NOT_THE_JOBS.contains(root.relativize(path).getName(0).toString())) {
                    continue;
                }
                if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    folders.add(path);
                } else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) && !keep.contains(path)) {
                    Files.delete(path);
                    removed.add(root.relativize(path));
                }
            }
        }
        folders.sort(Comparator.comparingInt(Path::getNameCount).reversed());
        for (Path folder : folders) {
            try (Stream<Path> entries = Files.list(folder)) {
                if (entries.findAny().isEmpty()) {
                    Files.delete(folder);
                }
            }
        }
        return removed;
    }

    /** A submission (a file right in the input folder), or anything under an input folder kept inside the output. */
    private static boolean isInput(Path path, Path input, Path root) {
        return input.equals(path.getParent()) || input.equals(path)
                || (input.startsWith(root) && path.startsWith(input));
    }
}
