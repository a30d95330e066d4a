package vn.dxscorecard.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.dxscorecard.DxScorecardApplication;
import vn.dxscorecard.ops.ExitCodes;
import vn.dxscorecard.support.JobHarness;
import vn.dxscorecard.support.JobProcess;
import vn.dxscorecard.support.Mails;
import vn.dxscorecard.support.SigningKeys;
import vn.dxscorecard.support.Snapshot;
import vn.dxscorecard.support.Stderr;

/**
 * What operators hand the job, tried as an attacker and as an unlucky operator would:
 * folder paths that the database URL, the log pattern or the configuration would read as
 * syntax, links planted where the job keeps its own files, one setting given two values,
 * sizes and durations no one can have meant, secrets where every user reads them, a
 * recipients file with the same mailbox twice or a name dressed as an encoded word, a
 * clock that went back. Each case is the real main in its own JVM, with a UTF-8 locale
 * and without any (as cron starts it); the cases a locale cannot change (duplicates,
 * ranges) run once, in this JVM. Checked for each: its exit code, one clean console line,
 * the files outside the job's folders untouched (nothing created beside them either), and
 * text that must appear and must not.
 */
class HostileSettingsTest {

    private static final String PERIOD = "--period=2025-Q4";

    /** After 2025-Q4's deadline: the first edition is final. */
    private static final String CLOCK = "--dx.clock=2026-01-16T02:00:00+07:00";

    /** Run in this JVM rather than in a process of its own. */
    private static final String IN_PROCESS = "in this JVM";

    private static final String MAIL_PASSWORD = "mat-khau-thu-" + "4711";

    @TempDir
    Path root;

    /** Where a case runs: the workspace with the sample, and a folder outside it. */
    record Places(Path root, JobHarness job, Path outside) {

        Path victim() {
            return outside.resolve("victim.txt");
        }

        Path victimFolder() {
            return outside.resolve("victim");
        }

    }

    /**
     * One row of the table.
     *
     * @param setup what is planted before the launch
     * @param options the launch's whole command line
     * @param environment variables set for the launch
     * @param exit the exit code it must end with
     * @param shown text the console must show
     * @param hidden text the console and every output must not show
     * @param created entries that the launch may create in the case's root, beside the
     * workspace and the outside folder
     * @param check anything else to look at afterwards
     */
    record Case(String name, Setup setup, Function<Places, List<String>> options, Map<String, String> environment,
            int exit, List<String> shown, List<String> hidden, List<String> created, Check check) {

        @Override
        public String toString() {
            return name;
        }

    }

    @FunctionalInterface
    interface Setup {

        void on(Places places) throws Exception;

    }

    @FunctionalInterface
    interface Check {

        void on(Places places) throws Exception;

    }

    static Stream<Arguments> cases() {
        List<Case> cases = new ArrayList<>();
        // 1. A path becomes syntax
        cases.add(refused("a data folder whose name carries H2 settings that run SQL",
                p -> List.of("--data=" + p.root().resolve("db;INIT=CALL FILE_WRITE('x', '" + p.victim() + "')")),
                "contains ';'"));
        cases.add(refused("a data folder whose name is a log file pattern",
                p -> List.of("--data=" + p.root().resolve("db%d{yyyy}")), "contains '%'"));
        cases.add(refused("an input folder with a configuration placeholder",
                p -> List.of("--input=" + p.root().resolve("in${user.home}")), "placeholder"));
        cases.add(refused("the data folder as a property with URL settings",
                p -> List.of("--dx.data=" + p.root().resolve("db;TRACE_LEVEL_FILE=3")), "contains ';'"));
        cases.add(new Case("a data folder with characters a URL has but H2 takes literally", p -> {
        }, p -> standard(p, "--data=" + p.root().resolve("db a:b=c'd")), Map.of(), ExitCodes.COMPLETED,
                List.of("Summary 2025-Q4"), List.of(), List.of("db a:b=c'd"),
                p -> assertThat(p.root().resolve("db a:b=c'd/dx-scorecard.mv.db")).isRegularFile()));
        cases.add(new Case("the data folder from the environment variable of its property", p -> {
        }, p -> List.of("--input=" + p.job().input(), "--output=" + p.job().output(), PERIOD, CLOCK),
                Map.of("DX_DATA", "from-env"), ExitCodes.COMPLETED, List.of("Summary 2025-Q4"), List.of(),
                List.of("from-env"), p -> assertThat(p.root().resolve("from-env/dx-scorecard.mv.db")).isRegularFile()));

        // 2. The job writes through links
        cases.add(linked("the lock file is a link to another file", p -> Files
            .createSymbolicLink(Files.createDirectories(p.job().data()).resolve("dx-scorecard.lock"), p.victim())));
        cases.add(linked("the log folder is a link to another folder", p -> Files
            .createSymbolicLink(Files.createDirectories(p.job().data()).resolve("logs"), p.victimFolder())));
        cases.add(linked("the log file is a link to another file",
                p -> Files.createSymbolicLink(
                        Files.createDirectories(p.job().data().resolve("logs")).resolve("dx-scorecard.log"),
                        p.victim())));
        cases.add(linked("the database file is a link to another file", p -> Files
            .createSymbolicLink(Files.createDirectories(p.job().data()).resolve("dx-scorecard.mv.db"), p.victim())));
        cases.add(linked("the period's output folder is a link to another folder", p -> Files
            .createSymbolicLink(Files.createDirectories(p.job().output()).resolve("2025-Q4"), p.victimFolder())));
        cases.add(linked("the outbox folder is a link to another folder",
                p -> Files.createSymbolicLink(Files.createDirectories(p.job().periodDir("2025-Q4")).resolve("outbox"),
                        p.victimFolder())));
        cases.add(linked("another period's folder is a link", p -> Files
            .createSymbolicLink(Files.createDirectories(p.job().output()).resolve("2024-Q1"), p.victimFolder())));

        // 3. One setting, two names: nothing here depends on the locale
        List<Case> anyLocale = new ArrayList<>();
        anyLocale.add(refused("an option and its property",
                p -> List.of("--data=" + p.root().resolve("one"), "--dx.data=" + p.root().resolve("two")),
                "--data and --dx.data"));
        anyLocale.add(refused("the input option and the intake folder property",
                p -> List.of("--dx.intake.folder=" + p.job().input()), "--input and --dx.intake.folder"));
        anyLocale.add(refused("one property in two spellings",
                p -> List.of("--dx.job.render-threads=2", "--dx.job.renderThreads=3"),
                "--dx.job.render-threads and --dx.job.renderThreads"));
        anyLocale.add(refused("a flag given twice", p -> List.of("--rerun", "--rerun"), "--rerun is given twice"));
        anyLocale.add(refused("an option given twice", p -> List.of("--period=2025-Q3"), "--period is given twice"));

        // 4. Sizes, counts and durations that cannot be meant
        for (String setting : List.of("dx.delivery.max-bytes=0", "dx.delivery.max-bytes=-1MB",
                "dx.intake.settle-time=-5s", "dx.intake.max-bytes=0", "dx.intake.max-records=2000000000",
                "dx.job.render-threads=100000", "dx.job.validation-chunk=0", "dx.delivery.remind-days=-1",
                "dx.delivery.remind-days=400", "dx.cycle.deadline-days=100000", "dx.delivery.timeout=0s",
                "dx.delivery.max-duration=1000d")) {
            anyLocale.add(refused("the setting " + setting, p -> List.of("--" + setting),
                    setting.substring(0, setting.indexOf('='))));
        }

        // 5. Secrets
        cases.add(new Case("the mail password on the command line", p -> {
        }, p -> standard(p, "--spring.mail.password=" + MAIL_PASSWORD), Map.of(), ExitCodes.BAD_ARGUMENTS,
                List.of("SPRING_MAIL_PASSWORD"), List.of(MAIL_PASSWORD), List.of(), p -> {
                }));
        cases.add(new Case("a signing password file that others can read",
                p -> Files.setPosixFilePermissions(SigningKeys.organisation(p.root().resolve("keys")).passwordFile(),
                        PosixFilePermissions.fromString("rw-r--r--")),
                p -> standard(p, "--dx.signing.keystore=" + p.root().resolve("keys/seal-RSA.p12"),
                        "--dx.signing.password-file=" + p.root().resolve("keys/seal-RSA.password"),
                        "--dx.signing.alias=to-chuc"),
                Map.of(), ExitCodes.BAD_ARGUMENTS, List.of("chmod 600"), List.of(), List.of("keys"), p -> {
                }));
        cases.add(new Case("a mail password file that others can read", p -> {
            recipients(p, "01,officer,Cán bộ,canbo.01@example.org");
            Files.writeString(p.root().resolve("mail.password"), MAIL_PASSWORD + "\n");
        }, p -> standard(p, "--recipients=" + p.root().resolve("recipients.csv"), "--dx.delivery.mode=smtp",
                "--dx.delivery.from=chuyendoiso@example.gov.vn", "--spring.mail.host=127.0.0.1",
                "--dx.delivery.password-file=" + p.root().resolve("mail.password")), Map.of(), ExitCodes.BAD_ARGUMENTS,
                List.of("dx.delivery.password-file", "chmod 600"), List.of(MAIL_PASSWORD),
                List.of("recipients.csv", "mail.password"), p -> {
                }));

        // 4. Addresses compared as mail does, names never decoded into a forgery
        cases.add(new Case("one mailbox twice in the recipients file, in other letter case",
                p -> recipients(p, "01,leader,Lãnh đạo,lanhdao.01@example.org",
                        "01,leader,Lãnh đạo,LanhDao.01@Example.ORG"),
                p -> standard(p, "--recipients=" + p.root().resolve("recipients.csv"), "--dx.delivery.mode=eml",
                        "--dx.delivery.from=chuyendoiso@example.gov.vn"),
                Map.of(), ExitCodes.BAD_ARGUMENTS, List.of("recipients.csv:3", "the same unit, role and mailbox"),
                List.of(), List.of("recipients.csv"), p -> {
                }));
        cases.add(new Case("a display name that is itself an encoded word",
                p -> recipients(p, "79,leader,=?UTF-8?B?QuG7mSB0csaw4bufbmc=?=,lanhdao.79@example.org"),
                p -> standard(p, "--recipients=" + p.root().resolve("recipients.csv"), "--dx.delivery.mode=eml",
                        "--dx.delivery.from=chuyendoiso@example.gov.vn"),
                Map.of(), ExitCodes.COMPLETED, List.of("Delivery (eml)"), List.of(), List.of("recipients.csv"), p -> {
                    try (Stream<Path> eml = Files.list(p.job().periodDir("2025-Q4").resolve("outbox"))) {
                        Path scorecard = eml.filter(f -> f.getFileName().toString().startsWith("scorecard-79"))
                            .findFirst()
                            .orElseThrow();
                        // read as a reader would: the name is the text the file held, not
                        // "Bộ trưởng"
                        assertThat(Mails.parse(Files.readAllBytes(scorecard)).toName())
                            .isEqualTo("=?UTF-8?B?QuG7mSB0csaw4bufbmc=?=");
                    }
                }));

        // 6. Faults that hide their cause
        cases.add(new Case("a clock that went back before the final edition", p -> {
            assertThat(p.job().run(PERIOD, CLOCK)).isZero();
        }, p -> standard(p, "--rerun").stream()
            .map(o -> o.equals(CLOCK) ? "--dx.clock=2026-01-10T02:00:00+07:00" : o)
            .toList(), Map.of(), ExitCodes.BAD_ARGUMENTS, List.of("earlier than 2025-Q4 edition 1 (final)"), List.of(),
                List.of(),
                p -> assertThat(JobHarness.readCsv(p.job().periodDir("2025-Q4").resolve("editions.csv"))).hasSize(1)));
        return Stream.concat(
                cases.stream().flatMap(c -> Stream.of(Arguments.of(c, "C.UTF-8"), Arguments.of(c, "none"))),
                anyLocale.stream().map(c -> Arguments.of(c, IN_PROCESS)));
    }

    @ParameterizedTest(name = "{0} (locale {1})")
    @MethodSource("cases")
    void eachCaseEndsAsItMustAndTouchesNothingOutsideTheJobsFiles(Case c, String locale) throws Exception {
        Path outside = Files.createDirectories(root.resolve("outside"));
        Files.writeString(outside.resolve("victim.txt"), "not the job's");
        Files.writeString(Files.createDirectories(outside.resolve("victim")).resolve("keep.csv"), "not the job's");
        Places places = new Places(root, new JobHarness(root.resolve("ws")).withSample("2025-Q4"), outside);
        c.setup().on(places);
        Snapshot before = Snapshot.of(outside);
        Set<String> entries = entries(root);

        int exit;
        String console;
        if (locale.equals(IN_PROCESS)) {
            // what the locale cannot change (duplicates, ranges) runs in this JVM: each
            // case in a JVM of its own would cost seconds for nothing
            Stderr launch = Stderr
                .of(() -> DxScorecardApplication.run(c.options().apply(places).toArray(String[]::new)));
            exit = launch.code();
            console = launch.text();
        }
        else {
            Map<String, String> environment = new HashMap<>(c.environment());
            if (locale.equals("none")) {
                JobProcess.Launch.withoutLocale().environment().forEach(environment::put);
            }
            else {
                environment.putAll(Map.of("LANG", locale, "LC_ALL", locale));
            }
            JobProcess run = JobProcess.startBare(root,
                    new JobProcess.Launch(List.of("sh", "-c", "cd \"$0\" && exec \"$@\"", root.toString()),
                            environment),
                    c.options().apply(places));
            exit = run.waitForExit();
            console = run.output();
        }

        assertThat(exit).as(console).isEqualTo(c.exit());
        Console.assertClean(console);
        if (exit == ExitCodes.BAD_ARGUMENTS) {
            // one line says why (a warning about the locale may come before it)
            assertThat(console.lines().filter(line -> line.startsWith("dx-scorecard: "))).hasSize(1);
            assertThat(console.strip().lines().toList().getLast()).startsWith("dx-scorecard: ");
        }
        assertThat(console).contains(c.shown());
        assertThat(Snapshot.of(outside)).as("nothing outside the job's folders changed").isEqualTo(before);
        Set<String> allowed = new TreeSet<>(entries);
        allowed.addAll(c.created());
        assertThat(entries(root)).as("nothing created beside the job's folders")
            .allSatisfy(name -> assertThat(allowed).contains(name));
        for (String hidden : c.hidden()) {
            assertThat(console).doesNotContain(hidden);
            for (Path output : files(root)) {
                assertThat(Files.readString(output, StandardCharsets.ISO_8859_1)).as(output.toString())
                    .doesNotContain(hidden);
            }
        }
        c.check().on(places);
    }

    /** A launch refused with exit 2 before anything is written. */
    private static Case refused(String name, Function<Places, List<String>> extra, String shown) {
        return new Case(name, p -> {
        }, p -> standard(p, extra.apply(p).toArray(String[]::new)), Map.of(), ExitCodes.BAD_ARGUMENTS, List.of(shown),
                List.of(), List.of(), p -> {
                });
    }

    /** A link planted where the job keeps its own file or folder: exit 2 naming it. */
    private static Case linked(String name, Setup plant) {
        return new Case(name, plant, HostileSettingsTest::standard, Map.of(), ExitCodes.BAD_ARGUMENTS,
                List.of("is a link"), List.of(), List.of(), p -> {
                });
    }

    /**
     * The workspace's command line and {@code more}; a data or input folder in
     * {@code more} (as the option or as its property) replaces the workspace's.
     */
    private static List<String> standard(Places p, String... more) {
        List<String> options = new ArrayList<>(List.of("--input=" + p.job().input(), "--output=" + p.job().output(),
                "--data=" + p.job().data(), "--dx.intake.settle-time=0s", PERIOD, CLOCK));
        for (String option : more) {
            if (option.startsWith("--data=") || option.startsWith("--dx.data=")) {
                options.remove("--data=" + p.job().data());
            }
            if (option.startsWith("--input=")) {
                options.remove("--input=" + p.job().input());
            }
            options.add(option);
        }
        return options;
    }

    private static void recipients(Places p, String... rows) throws IOException {
        Files.writeString(p.root().resolve("recipients.csv"),
                "unit_code,role,name,email\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
    }

    private static Set<String> entries(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return new TreeSet<>(list.map(f -> f.getFileName().toString())
                .filter(n -> !(n.startsWith("launch-") && n.endsWith(".log")))
                .toList());
        }
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(f -> Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                .filter(f -> !f.toString().endsWith(".password") && !f.toString().endsWith(".db"))
                .toList();
        }
    }

}
