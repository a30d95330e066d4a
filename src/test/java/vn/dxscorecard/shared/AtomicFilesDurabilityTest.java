package vn.dxscorecard.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the kernel is asked to do when a file is published, seen with {@code strace} on a
 * real JVM: the contents are synced before the rename, and the folder after it. Without
 * both, a power loss can leave a manifest that lists files which are empty.
 */
class AtomicFilesDurabilityTest {

    @TempDir
    Path dir;

    /** The child JVM's whole work. */
    public static void main(String[] args) throws IOException {
        AtomicFiles.write(Path.of(args[0]), out -> out.write("nội dung\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theContentsAreSyncedBeforeTheMoveAndTheFolderAfterIt() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/strace")), "strace is not installed");
        Path folder = Files.createDirectories(dir.resolve("out"));
        Path target = folder.resolve("manifest.json");
        Path trace = dir.resolve("trace.log");
        Process child = new ProcessBuilder("/usr/bin/strace", "-f", "-qq", "-o", trace.toString(), "-e",
                "trace=openat,fsync,fdatasync,rename,renameat,renameat2",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), AtomicFilesDurabilityTest.class.getName(), target.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("child.log").toFile())
            .start();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(Files.readString(dir.resolve("child.log"))).isZero();
        List<String> calls = Files.readAllLines(trace).stream().map(l -> l.replaceFirst("^\\d+\\s+", "")).toList();

        String tempFd = fd(calls, "openat\\(.*\"" + Pattern.quote(folder + "/.manifest.json.tmp") + "\".*O_CREAT");
        int rename = index(calls, "rename.*\\.manifest\\.json\\.tmp.*manifest\\.json");
        int contentsSynced = index(calls, "f(data)?sync\\(" + tempFd + "\\)");
        assertThat(contentsSynced).as("the temporary file is synced, before the move").isBetween(0, rename);

        List<String> afterMove = calls.subList(rename, calls.size());
        String folderFd = fd(afterMove, "openat\\(.*\"" + Pattern.quote(folder.toString()) + "\", O_RDONLY");
        assertThat(index(afterMove, "f(data)?sync\\(" + folderFd + "\\)")).as("the folder is synced after the move")
            .isPositive();
        assertThat(Files.readString(target)).isEqualTo("nội dung\n");
    }

    private static String fd(List<String> calls, String openat) {
        for (String call : calls) {
            if (Pattern.compile(openat).matcher(call).find()) {
                Matcher result = Pattern.compile("= (\\d+)$").matcher(call);
                assertThat(result.find()).as(call).isTrue();
                return result.group(1);
            }
        }
        throw new AssertionError("no call matching " + openat + " in\n" + String.join("\n", calls));
    }

    private static int index(List<String> calls, String regex) {
        Pattern pattern = Pattern.compile(regex);
        for (int i = 0; i < calls.size(); i++) {
            if (pattern.matcher(calls.get(i)).find()) {
                return i;
            }
        }
        return -1;
    }

}
