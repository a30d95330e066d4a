package vn.dxscorecard.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import vn.dxscorecard.shared.Sha256;

/**
 * Every entry under a folder with its content and time: what "nothing there was touched"
 * means, checkably.
 */
public record Snapshot(Map<String, String> entries) {

    public static Snapshot of(Path root) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.toList()) {
                String key = root.relativize(path).toString();
                if (Files.isSymbolicLink(path)) {
                    entries.put(key, "link -> " + Files.readSymbolicLink(path));
                }
                else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                    entries.put(key,
                            Sha256.of(path) + " " + Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS));
                }
                else {
                    entries.put(key, "folder");
                }
            }
        }
        return new Snapshot(entries);
    }

}
