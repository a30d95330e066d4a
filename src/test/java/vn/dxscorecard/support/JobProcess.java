package vn.dxscorecard.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import vn.dxscorecard.DxScorecardApplication;

/**
 * The real main in a JVM of its own, for what only a separate process can show: exit
 * codes, the run lock, {@code kill -9} and SIGTERM. Its output is collected line by line
 * so a test can act at a given moment.
 */
public final class JobProcess {

    /**
     * A launch lives seconds: the quick compiler alone and the serial collector halve the
     * CPU it costs (a 2025-Q4 run measured 14.3 → 6.3 s of CPU, 7.2 → 4.7 s of wall time
     * on 2 cores), and nothing a test asserts depends on either.
     */
    private static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private final Process process;

    private final Path log;

    private JobProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    public static JobProcess start(JobHarness workspace, String... args) throws IOException {
        return start(workspace, Launch.PLAIN, args);
    }

    /**
     * How the process is started: a command put in front of the JVM (a shell that first
     * limits or mounts something, then {@code exec "$@"}), and environment variables to
     * set or, with a null value, to remove.
     */
    public record Launch(List<String> prefix, Map<String, String> environment) {

        public static final Launch PLAIN = new Launch(List.of(), Map.of());

        /**
         * As cron starts a job: no locale at all, so the JVM decodes file names as ASCII.
         */
        public static Launch withoutLocale() {
            Map<String, String> unset = new HashMap<>();
            for (String name : List.of("LANG", "LANGUAGE", "LC_ALL", "LC_CTYPE")) {
                unset.put(name, null);
            }
            return new Launch(List.of(), unset);
        }

        /**
         * In a shell that runs {@code script} first (with the JVM's command line as
         * "$@"), then the JVM.
         */
        public Launch after(String script) {
            List<String> command = new ArrayList<>(List.of("sh", "-c", script + " && exec \"$@\"", "sh"));
            return new Launch(command, environment);
        }

        /**
         * In a mount namespace of its own: mounts made before the JVM starts are gone
         * when it ends.
         */
        public Launch inOwnMounts(String script) {
            List<String> command = new ArrayList<>(
                    List.of("unshare", "-m", "sh", "-c", script + " && exec \"$@\"", "sh"));
            return new Launch(command, environment);
        }

    }

    public static JobProcess start(JobHarness workspace, Launch launch, String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("--input=" + workspace.input(), "--output=" + workspace.output(),
                "--data=" + workspace.data(), "--dx.intake.settle-time=0s"));
        all.addAll(List.of(args));
        return startBare(workspace.input().getParent(), launch, all);
    }

    /**
     * The main class with exactly {@code args}; {@code folder} receives the console's
     * file.
     */
    public static JobProcess startBare(Path folder, Launch launch, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(launch.prefix());
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), DxScorecardApplication.class.getName()));
        command.addAll(args);
        // A file, not a pipe: Java closes a child's pipes when it signals the child, and
        // we want what follows.
        Path log = Files.createTempFile(folder, "launch-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        launch.environment().forEach((name, value) -> {
            if (value == null) {
                builder.environment().remove(name);
            }
            else {
                builder.environment().put(name, value);
            }
        });
        return new JobProcess(builder.start(), log);
    }

    /** Waits until a line containing {@code text} was printed. */
    public void awaitLine(String text, Duration timeout) throws InterruptedException {
        awaitLine("", text, timeout);
    }

    /**
     * Waits until a line containing {@code text} was printed after one containing
     * {@code after}.
     */
    public void awaitLine(String after, String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!printedAfter(after, text)) {
            if (!process.isAlive() && !printedAfter(after, text)) {
                throw new AssertionError("process ended before printing '" + text + "':\n" + output());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no '" + text + "' within " + timeout + ":\n" + output());
            }
            Thread.sleep(20);
        }
    }

    private boolean printedAfter(String after, String text) {
        String out = output();
        int start = out.indexOf(after);
        return start >= 0 && out.indexOf(text, start) >= 0;
    }

    /** {@code kill -9}: no shutdown hook, no cleanup, like a power cut. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, as {@code systemctl stop} or a cron timeout sends it. */
    public boolean alive() {
        return process.isAlive();
    }

    public void terminate() {
        process.destroy();
    }

    public int waitForExit() throws InterruptedException {
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("still running after 180 s:\n" + output());
        }
        return process.exitValue();
    }

    public String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
