package vn.dxscorecard.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import vn.dxscorecard.support.JobHarness;
import vn.dxscorecard.support.JobProcess;
import vn.dxscorecard.support.Mails;

/**
 * kill -9 while the final edition's messages go out, after the server accepted some: the
 * relaunch sends the rest, and no message arrives twice but at most the one in flight,
 * with the same {@code Message-ID}. The job runs in its own JVM; the server (GreenMail)
 * in this one.
 */
class DeliveryCrashTest {

    @RegisterExtension
    static final GreenMailExtension server = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path workspace;

    @Test
    void killedWhileSendingThenRelaunchedSendsTheRestOnce() throws Exception {
        JobHarness job = new JobHarness(workspace).withSample("2025-Q3", "2025-Q4");
        assertThat(job.run("--period=2025-Q3", "--dx.clock=2026-01-04T02:00:00+07:00")).isZero();
        String[] delivery = { "--period=2025-Q4", "--dx.clock=2026-01-16T02:00:00+07:00",
                "--recipients=" + Path.of("scripts/recipients.example.csv").toAbsolutePath(), "--dx.delivery.mode=smtp",
                "--dx.delivery.from=chuyendoiso@example.gov.vn", "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + server.getSmtp().getPort() };

        JobProcess first = JobProcess.start(job, SmallDelivery.concat(delivery, "--dx.test.slow-motion=100ms"));
        first.awaitLine("Step outboxStep completed", Duration.ofSeconds(90));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (server.getReceivedMessages().length < 5 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        first.kill();
        int beforeRelaunch = server.getReceivedMessages().length;
        assertThat(beforeRelaunch).as("killed after some messages were accepted").isGreaterThanOrEqualTo(5);

        JobProcess second = JobProcess.start(job, delivery);
        assertThat(second.waitForExit()).as(second.output()).isZero();
        assertThat(second.output()).contains("nothing to do", "no process runs it (crashed)");

        List<Map<String, String>> outbox = JobHarness.readCsv(job.periodDir("2025-Q4").resolve("delivery.csv"));
        assertThat(outbox).allSatisfy(row -> assertThat(row).containsEntry("status", "sent"));
        assertThat(beforeRelaunch).as("the kill came before the last message").isLessThan(outbox.size());
        Map<String, Long> received = Mails.all(server.getReceivedMessages())
            .stream()
            .collect(Collectors.groupingBy(Mails::messageId, Collectors.counting()));
        assertThat(received).as("every message arrived").hasSize(outbox.size());
        assertThat(received.values().stream().filter(n -> n > 1).toList()).as("received twice: the one in flight")
            .hasSizeLessThanOrEqualTo(1)
            .allMatch(n -> n == 2);
        Map<String, Long> byRecipient = Mails.all(server.getReceivedMessages())
            .stream()
            .collect(Collectors.groupingBy(Mails::to, Collectors.counting()));
        assertThat(byRecipient.keySet())
            .containsExactlyInAnyOrderElementsOf(outbox.stream().map(r -> r.get("recipient")).distinct().toList());
        assertThat(Files.readString(job.periodDir("2025-Q4").resolve("manifest.json")))
            .contains("\"status\" : \"final\"");
    }

}
