package vn.dxscorecard.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.dxscorecard.shared.Sha256;
import vn.dxscorecard.support.JobHarness;
import vn.dxscorecard.support.JobProcess;
import vn.dxscorecard.support.PdfFiles;
import vn.dxscorecard.support.Snapshot;

/**
 * A drop folder built by an attacker who can write into it, next to the real sample of
 * 2025-Q4: links to files outside (a secret, {@code /etc/passwd}, {@code /proc} files), a
 * FIFO, folders, an 8 GB sparse file, a file that cannot be read, names with control
 * characters, formula characters and accents that differ only in their marks, a copy of
 * another unit's file, dozens of junk files, and links planted in the output folder. Each
 * run is the real main in its own JVM, with a UTF-8 locale and without any (as cron
 * starts it). After it: the exit code is 0, the console has no stack trace and no forged
 * line, every valid submission is scored as in a clean run, nothing outside the job's own
 * folders changed, and nothing from outside {@code input/} is in any output.
 */
class HostileFolderTest {

    private static final String PERIOD = "--period=2025-Q4";

    private static final String CLOCK = "--dx.clock=2026-01-05T08:00:00+07:00";

    private static final Duration WAIT = Duration.ofSeconds(150);

    private static final int JUNK = 60;

    @TempDir
    static Path cleanWorkspace;

    static Map<String, Map<String, String>> clean;

    @TempDir
    Path root;

    @BeforeAll
    static void cleanRun() throws IOException {
        JobHarness job = new JobHarness(cleanWorkspace).withSample("2025-Q4");
        assertThat(job.run(PERIOD, CLOCK)).isZero();
        clean = byUnit(job);
    }

    @ParameterizedTest(name = "locale {0}")
    @ValueSource(strings = { "C.UTF-8", "none" })
    void aHostileDropFolderNeverStopsTheRunErasesASubmissionOrLeaksAFile(String locale) throws Exception {
        String marker = "SECRET-" + UUID.randomUUID();
        Path outside = Files.createDirectories(root.resolve("outside"));
        Path secret = Files.writeString(outside.resolve("secret.csv"), "unit_code,period,indicator_code,value,"
                + marker.toLowerCase() + "\n01,2025-Q4,CP_HO_SO_TRUC_TUYEN," + marker + ",x\n");
        Path victim = Files.createDirectories(outside.resolve("victim"));
        Files.writeString(victim.resolve("keep.csv"), "not the job's");
        Path victimFile = Files.writeString(outside.resolve("victim.txt"), "not the job's either");

        JobHarness job = new JobHarness(root.resolve("ws")).withSample("2025-Q4");
        Path in = job.input();
        Files.createSymbolicLink(in.resolve("01_2025-Q4_r2.csv"), secret);
        Files.createSymbolicLink(in.resolve("04_2025-Q4_r2.csv"), Path.of("/proc/self/mem"));
        Files.createSymbolicLink(in.resolve("15_2025-Q4_r2.csv"), Path.of("/proc/self/pagemap"));
        Files.createSymbolicLink(in.resolve("20_2025-Q4_r2.csv"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(in.resolve("notes_2025-Q4.txt"), secret);
        Process fifo = new ProcessBuilder("mkfifo", in.resolve("08_2025-Q4_r2.csv").toString()).start();
        assertThat(fifo.waitFor()).isZero();
        Files.createDirectories(in.resolve("12_2025-Q4_r2.csv"));
        Files.createDirectories(in.resolve("archive"));
        try (var sparse = java.nio.channels.FileChannel.open(in.resolve("14_2025-Q4_r2.csv"),
                java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
            sparse.truncate(8L << 30);
            sparse.write(java.nio.ByteBuffer.wrap("x".getBytes()), (8L << 30) - 1);
        }
        // A regular-looking file that cannot be read: /proc/self/mem mounted over it,
        // where the sandbox allows.
        Path unreadable = Files.writeString(in.resolve("19_2025-Q4_r2.csv"), "");
        Files.copy(in.resolve("79_2025-Q4.csv"), in.resolve("25_2025-Q4_r2.csv"));
        Files.writeString(in.resolve("22_2025-Q4_\n00:00:00.000 ERROR forged line.xlsx"), "x");
        Files.writeString(in.resolve("=cmd;=1+1_2025-Q4.txt"), "x");
        Files.writeString(in.resolve("31_2025-Q4_" + "ý".repeat(100) + ".xlsx"), "x");
        String composed = Normalizer.normalize("báo cáo_2025-Q4.txt", Normalizer.Form.NFC);
        String decomposed = Normalizer.normalize("báo cáo_2025-Q4.txt", Normalizer.Form.NFD);
        Files.writeString(in.resolve(composed), "composed");
        Files.writeString(in.resolve(decomposed), "decomposed");
        Files.writeString(in.resolve("bao cáo_2025-Q4.txt"), "other letters");
        for (int i = 0; i < JUNK; i++) {
            Files.writeString(in.resolve("junk-" + i + "_2025-Q4.txt"), "junk");
        }
        // A link under a temporary name of the job's is replaced, never written through
        // (links where the job keeps a folder are exit 2: HostileSettingsTest).
        Path period = Files.createDirectories(job.periodDir("2025-Q4"));
        Files.createSymbolicLink(period.resolve(".rankings.csv.tmp"), victimFile);
        ageAll(in);
        Snapshot before = Snapshot.of(outside);

        JobProcess.Launch launch = locale.equals("none") ? JobProcess.Launch.withoutLocale()
                : new JobProcess.Launch(List.of(), Map.of("LANG", locale, "LC_ALL", locale));
        boolean mounted = canMount();
        if (mounted) {
            launch = launch.inOwnMounts("mount --bind /proc/self/mem '" + unreadable + "'");
        }
        JobProcess run = JobProcess.start(job, launch, PERIOD, CLOCK);
        assertThat(run.waitForExit()).as(run.output()).isZero();

        Console.assertClean(run.output());
        assertThat(Snapshot.of(outside)).as("nothing outside the job's folders changed").isEqualTo(before);
        assertThat(period.resolve("validation/files.csv")).isRegularFile();

        Map<String, Map<String, String>> files = JobHarness.readCsv(period.resolve("validation/files.csv"))
            .stream()
            .collect(Collectors.toMap(r -> r.get("file"), r -> r, (a, b) -> a));
        Map<String, String> codes = JobHarness.readCsv(period.resolve("validation/rejections.csv"))
            .stream()
            .filter(r -> r.get("line").isEmpty())
            .collect(Collectors.toMap(r -> r.get("file"), r -> r.get("error_code"), (a, b) -> a));
        for (String link : List.of("01_2025-Q4_r2.csv", "04_2025-Q4_r2.csv", "15_2025-Q4_r2.csv", "20_2025-Q4_r2.csv",
                "08_2025-Q4_r2.csv", "12_2025-Q4_r2.csv")) {
            assertThat(files.get(link)).as(link).containsEntry("status", "rejected").containsEntry("sha256", "");
            assertThat(codes.get(link)).as(link).isEqualTo("FILE_NOT_REGULAR");
        }
        assertThat(codes.get("14_2025-Q4_r2.csv")).isEqualTo("FILE_TOO_LARGE");
        assertThat(codes.get("19_2025-Q4_r2.csv")).isEqualTo(mounted ? "FILE_UNREADABLE" : "FILE_EMPTY");
        assertThat(files.get("notes_2025-Q4.txt")).containsEntry("status", "ignored").containsEntry("sha256", "");
        assertThat(files.get("archive")).containsEntry("status", "ignored");
        assertThat(files.get("25_2025-Q4_r2.csv")).as("a copy of 79's file is 25's, and no duplicate")
            .containsEntry("status", "accepted");
        assertThat(files.keySet()).as("names cut and stripped of control characters")
            .allSatisfy(name -> assertThat(name).hasSizeLessThanOrEqualTo(101).doesNotContain("\n", "\r"))
            .contains("22_2025-Q4_00:00:00.000 ERROR forged line.xlsx");
        String filesCsv = Files.readString(period.resolve("validation/files.csv"), StandardCharsets.UTF_8);
        assertThat(filesCsv).contains("'=cmd;'=1+1_2025-Q4.txt").doesNotContain(",=cmd");
        if (locale.equals("none")) {
            assertThat(files.values()).filteredOn(r -> r.get("message_en").contains("file name encoding")).hasSize(4);
        }
        else {
            assertThat(files).containsKeys(composed, decomposed, "bao cáo_2025-Q4.txt");
        }

        // Every valid submission is scored as in a clean run; 25 sent 79's rows, which
        // are rejected as 25's.
        Map<String, Map<String, String>> ranked = byUnit(job);
        for (Map.Entry<String, Map<String, String>> unit : clean.entrySet()) {
            if (!unit.getKey().equals("25")) {
                assertThat(ranked.get(unit.getKey())).as(unit.getKey()).isEqualTo(unit.getValue());
            }
        }
        assertThat(ranked.get("25")).containsEntry("overall", "0.00");
        assertThat(ranked.get("79")).isEqualTo(clean.get("79"));

        // Nothing from outside input/ in any output: not the secret, its checksum, nor
        // the password file.
        String passwd = Files.readString(Path.of("/etc/passwd")).lines().findFirst().orElseThrow();
        for (Path output : outputs(job.output())) {
            String text = output.toString().endsWith(".pdf") ? PdfFiles.text(output)
                    : Files.readString(output, StandardCharsets.UTF_8);
            assertThat(text).as(output.toString())
                .doesNotContainIgnoringCase(marker)
                .doesNotContain(Sha256.of(secret), passwd);
        }
        String summary = PdfFiles.text(period.resolve("national-summary.pdf"));
        assertThat(countMatches(summary, "junk-\\d+_2025-Q4\\.txt")).as("at most 20 ignored files in a PDF")
            .isLessThanOrEqualTo(20);
        assertThat(summary).containsPattern("và \\d+ tệp khác không được đọc");
        assertThat(intakeMillis(run.output())).as("intake time, for the record").isPositive();
    }

    @Test
    void anInputFolderInsideTheOutputIsNeverDeleted() throws Exception {
        JobHarness job = new JobHarness(root.resolve("ws"));
        Path input = Files.createDirectories(job.periodDir("2025-Q4").resolve("validation"));
        new JobHarness(root.resolve("sample")).withSample("2025-Q4");
        try (Stream<Path> sample = Files.list(root.resolve("sample/input"))) {
            for (Path file : sample.toList()) {
                Files.copy(file, input.resolve(file.getFileName()));
            }
        }
        List<String> submissions = names(input);
        for (String rerun : List.of("", "--rerun")) {
            List<String> args = new ArrayList<>(List.of("--input=" + input, "--output=" + job.output(),
                    "--data=" + job.data(), "--dx.intake.settle-time=0s", PERIOD));
            if (!rerun.isEmpty()) {
                args.add(rerun);
            }
            assertThat(vn.dxscorecard.DxScorecardApplication.run(args.toArray(String[]::new))).isZero();
        }
        assertThat(names(input)).containsAll(submissions);
    }

    static Map<String, Map<String, String>> byUnit(JobHarness job) throws IOException {
        return JobHarness.readCsv(job.periodDir("2025-Q4").resolve("rankings.csv"))
            .stream()
            .filter(r -> r.get("status").equals("ranked"))
            .collect(Collectors.toMap(r -> r.get("unit_code"), r -> {
                Map<String, String> scores = new java.util.TreeMap<>(r);
                // Ranks and their ranges move when another unit's score does; the scores
                // themselves must not.
                scores.remove("rank");
                scores.remove("rank_min");
                scores.remove("rank_max");
                return scores;
            }));
    }

    /** Files settle for a few seconds before they are read; these are old enough. */
    private static void ageAll(Path folder) throws IOException {
        FileTime old = FileTime.from(Instant.now().minusSeconds(3600));
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.toList()) {
                // Only regular files: setting a FIFO's time opens it, and that waits for
                // a writer.
                if (Files.isRegularFile(entry, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.setLastModifiedTime(entry, old);
                }
            }
        }
    }

    static boolean canMount() {
        try {
            Process probe = new ProcessBuilder("unshare", "-m", "sh", "-c", "mount --bind /proc/self/mem /dev/null")
                .redirectErrorStream(true)
                .start();
            return probe.waitFor() == 0;
        }
        catch (IOException e) {
            return false;
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static List<Path> outputs(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static int countMatches(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    static long intakeMillis(String output) {
        Matcher m = Pattern.compile("Step intakeStep completed in (\\d+) ms").matcher(output);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

}
