package vn.dxscorecard.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import vn.dxscorecard.support.JobHarness;

/**
 * A workspace for the delivery tests that need few messages: the sample's 2025-Q4 with
 * 2025-Q3 already published (without delivery), and four recipients — Hà Nội's officer
 * and leader, Thành phố Hồ Chí Minh's leader, the national committee. The final edition
 * of 2025-Q4 sends them four messages: a receipt, two scorecards, the national summary.
 */
final class SmallDelivery {

    static final String PERIOD = "2025-Q4";

    /** After 2025-Q4's deadline: its first edition is final. */
    static final String FINAL_NIGHT = "--dx.clock=2026-01-16T02:00:00+07:00";

    static final String NEXT_NIGHT = "--dx.clock=2026-01-17T02:00:00+07:00";

    static final List<String> RECIPIENTS = List.of("canbo.01@example.org", "lanhdao.01@example.org",
            "lanhdao.79@example.org", "bcd@example.org");

    final JobHarness job;

    final Path recipients;

    /** 2025-Q3 published once per test JVM; each workspace starts from a copy of it. */
    private static Path prepared;

    SmallDelivery(Path root) throws IOException {
        Files.createDirectories(root);
        copy(prepared(), root);
        job = new JobHarness(root);
        recipients = Files.writeString(root.resolve("recipients.csv"), """
                unit_code,role,name,email
                01,officer,Cán bộ báo cáo Hà Nội,canbo.01@example.org
                01,leader,Lãnh đạo Thành phố Hà Nội,lanhdao.01@example.org
                79,leader,"Lãnh đạo Thành phố Hồ Chí Minh",lanhdao.79@example.org
                QG,national,Ban Chỉ đạo quốc gia,bcd@example.org
                """);
    }

    private static synchronized Path prepared() throws IOException {
        if (prepared == null) {
            Path root = Files.createTempDirectory("small-delivery");
            JobHarness job = new JobHarness(root).withSample("2025-Q3", PERIOD);
            assertThat(job.run("--period=2025-Q3", "--dx.clock=2026-01-04T02:00:00+07:00")).isZero();
            prepared = root;
        }
        return prepared;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path path : walk.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                }
                else if (!path.getFileName().toString().endsWith(".lock")) {
                    Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /** A launch of 2025-Q4 with delivery in {@code mode}, and the given options. */
    int run(String mode, String... options) {
        return job.run(arguments(mode, options));
    }

    /** {@link #run}, with what the launch logged. */
    JobHarness.Logged runLogged(String mode, String... options) throws IOException {
        return job.runLogged(arguments(mode, options));
    }

    private String[] arguments(String mode, String... options) {
        List<String> args = new ArrayList<>(List.of("--period=" + PERIOD, "--recipients=" + recipients,
                "--dx.delivery.mode=" + mode, "--dx.delivery.from=chuyendoiso@example.gov.vn"));
        args.addAll(List.of(options));
        return args.toArray(String[]::new);
    }

    /** {@code --spring.mail.*} for a server on loopback at {@code port}. */
    static String[] smtp(int port, String... more) {
        List<String> args = new ArrayList<>(List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + port));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    static String[] concat(String[] a, String... b) {
        List<String> all = new ArrayList<>(List.of(a));
        all.addAll(List.of(b));
        return all.toArray(String[]::new);
    }

    List<Map<String, String>> delivery() throws IOException {
        return JobHarness.readCsv(job.periodDir(PERIOD).resolve("delivery.csv"));
    }

    Map<String, String> deliveryTo(String recipient) throws IOException {
        return JobHarness.row(delivery(), "recipient", recipient);
    }

}
