package vn.dxscorecard.intake;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import vn.dxscorecard.shared.Sha256;

/**
 * The period's complete files (SPEC §8): each name with its content's SHA-256 (or what
 * the entry is, for one that is not a regular file), sorted by name. Its own SHA-256
 * changes when a file is added, removed, renamed or changed; an edition's inputs are
 * these files together with the catalogue and the registry in use
 * ({@link #sha256(String, String)}).
 */
public record Fingerprint(Map<String, String> files) {

    public Fingerprint {
        files = new TreeMap<>(files);
    }

    public String sha256() {
        return Sha256.of(lines().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The SHA-256 of an edition's inputs (SPEC §8): the file list, then the catalogue's
     * and the registry's SHA-256, so that installing new targets or a corrected registry
     * is new input.
     */
    public String sha256(String catalogueSha256, String registrySha256) {
        return Sha256.of((lines() + "catalogue\t" + catalogueSha256 + "\nregistry\t" + registrySha256 + "\n")
            .getBytes(StandardCharsets.UTF_8));
    }

    private String lines() {
        StringBuilder lines = new StringBuilder();
        files.forEach((name, content) -> lines.append(name).append('\t').append(content).append('\n'));
        return lines.toString();
    }

    /**
     * What differs from an earlier fingerprint, file by file: "added x", "changed y",
     * "removed z".
     */
    public List<String> changesSince(Fingerprint earlier) {
        Set<String> names = new TreeSet<>(files.keySet());
        names.addAll(earlier.files.keySet());
        List<String> changes = new ArrayList<>();
        for (String name : names) {
            String now = files.get(name);
            String then = earlier.files.get(name);
            if (then == null) {
                changes.add("added " + name);
            }
            else if (now == null) {
                changes.add("removed " + name);
            }
            else if (!now.equals(then)) {
                changes.add("changed " + name);
            }
        }
        return changes;
    }

}
