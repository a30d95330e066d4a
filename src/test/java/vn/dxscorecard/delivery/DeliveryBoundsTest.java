package vn.dxscorecard.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dxscorecard.delivery.SmallDelivery.FINAL_NIGHT;
import static vn.dxscorecard.delivery.SmallDelivery.NEXT_NIGHT;
import static vn.dxscorecard.delivery.SmallDelivery.RECIPIENTS;
import static vn.dxscorecard.delivery.SmallDelivery.concat;
import static vn.dxscorecard.delivery.SmallDelivery.smtp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.dxscorecard.ops.ExitCodes;
import vn.dxscorecard.support.JobHarness;
import vn.dxscorecard.support.Mails;
import vn.dxscorecard.support.SmtpFront;
import vn.dxscorecard.support.SmtpFront.Misbehaviour;
import vn.dxscorecard.support.SmtpFront.Stage;

/**
 * Delivery with bounds (SPEC §9): a mail server that falls silent, answers slowly, drops
 * the connection in the middle of a message, or answers 4xx or 5xx at any stage never
 * holds a launch past its bounds, never holds back the publication, and loses nothing:
 * the launch exits 4 naming the server, and a later launch sends every message exactly
 * once. A preview is not delivery, and what is still to send goes to the recipients file
 * in force.
 */
class DeliveryBoundsTest {

    @RegisterExtension
    static final GreenMailExtension server = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    /** Short enough for the suite, long enough for loopback. */
    private static final String TIMEOUT = "--dx.delivery.timeout=2s";

    @TempDir
    Path workspace;

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({ "GREETING, silence", "MAIL, silence", "END_OF_DATA, silence", "DATA, drop", "RCPT, drop",
            "GREETING, 421 4.3.2 Service shutting down", "GREETING, 554 5.3.2 No SMTP service here",
            "EHLO, 451 4.3.0 Try again later", "EHLO, 550 5.7.0 Not you", "RCPT, 452 4.2.2 Mailbox full",
            "DATA, 451 4.3.0 Local error", "END_OF_DATA, 451 4.3.0 Queue full",
            // a refused sender is our own configuration's fault: never final
            "MAIL, 553 5.7.1 Sender address not allowed" })
    void aServerThatFailsForNowHoldsNothingAndEveryMessageIsSentOnceLater(Stage stage, String fault) throws Exception {
        SmallDelivery small = new SmallDelivery(workspace);
        try (SmtpFront front = new SmtpFront(server.getSmtp().getPort(), null)) {
            front.at(stage, misbehaviour(fault));
            long started = System.nanoTime();
            JobHarness.Logged first = launch(small, concat(smtp(front.port(), TIMEOUT), FINAL_NIGHT));
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(first.code()).as(first.log()).isEqualTo(ExitCodes.UNDELIVERED);
            // one bounded wait per message at most, on top of the job itself
            assertThat(took).as("the launch's time").isLessThan(Duration.ofSeconds(60));
            assertThat(first.log()).contains("127.0.0.1:" + front.port());
            assertThat(small.job.periodDir(SmallDelivery.PERIOD).resolve("manifest.json"))
                .as("published before any mail")
                .isRegularFile();
            assertThat(server.getReceivedMessages()).isEmpty();
            assertThat(small.delivery()).allSatisfy(row -> assertThat(row).containsEntry("status", "pending"));

            front.at(stage, null);
            assertThat(launch(small, concat(smtp(front.port(), TIMEOUT), NEXT_NIGHT)).code()).isZero();
        }
        assertSentOnceEach(RECIPIENTS);
        assertThat(small.delivery()).allSatisfy(row -> assertThat(row).containsEntry("status", "sent"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({ "RCPT, 550 5.1.1 No such user", "DATA, 554 5.6.0 Content refused",
            "END_OF_DATA, 552 5.3.4 Message too big for us" })
    void aPermanentRefusalOfTheMessageFailsItForGoodAndIsReportedOnce(Stage stage, String fault) throws Exception {
        SmallDelivery small = new SmallDelivery(workspace);
        try (SmtpFront front = new SmtpFront(server.getSmtp().getPort(), null)) {
            front.at(stage, misbehaviour(fault));
            assertThat(launch(small, concat(smtp(front.port(), TIMEOUT), FINAL_NIGHT)).code())
                .isEqualTo(ExitCodes.UNDELIVERED);
            assertThat(small.delivery()).allSatisfy(row -> assertThat(row).containsEntry("status", "failed")
                .hasEntrySatisfying("last_reply", reply -> assertThat(reply).contains(fault)));
            front.at(stage, null);
            assertThat(launch(small, concat(smtp(front.port(), TIMEOUT), NEXT_NIGHT)).code()).isZero();
        }
        assertThat(server.getReceivedMessages()).as("never retried").isEmpty();
    }

    @Test
    void aSlowServerIsLeftWhenTheLaunchsDeliveryTimeIsUpAndTheRestGoesNextTime() throws Exception {
        SmallDelivery small = new SmallDelivery(workspace);
        try (SmtpFront front = new SmtpFront(server.getSmtp().getPort(), null)) {
            // about four seconds a message: the ten seconds allowed send two or three
            front.slow(Duration.ofMillis(900));
            long started = System.nanoTime();
            JobHarness.Logged slow = launch(small,
                    concat(smtp(front.port(), TIMEOUT), FINAL_NIGHT, "--dx.delivery.max-duration=10s"));
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(slow.code()).as(slow.log()).isEqualTo(ExitCodes.UNDELIVERED);
            assertThat(slow.log()).contains("Delivery stopped after dx.delivery.max-duration (PT10S)");
            assertThat(took).isLessThan(Duration.ofSeconds(45));
            assertThat(small.delivery()).filteredOn(row -> row.get("status").equals("pending")).isNotEmpty();
            assertThat(small.delivery()).filteredOn(row -> row.get("status").equals("sent")).isNotEmpty();

            front.slow(Duration.ZERO);
            assertThat(launch(small, concat(smtp(front.port(), TIMEOUT), NEXT_NIGHT)).code()).isZero();
        }
        assertSentOnceEach(RECIPIENTS);
    }

    @Test
    void aPreviewIsNotDeliveryTheFirstSmtpLaunchSendsTheSameMessages() throws Exception {
        SmallDelivery small = new SmallDelivery(workspace);
        assertThat(launch(small, concat(smtp(server.getSmtp().getPort()), FINAL_NIGHT)).code()).isZero();
        // that was smtp: start again with a preview first
        SmallDelivery previewed = new SmallDelivery(workspace.resolve("previewed"));
        server.reset();
        assertThat(previewed.run("eml", FINAL_NIGHT)).isZero();
        List<String> previewIds = eml(previewed).stream().map(file -> {
            try {
                return Mails.parse(Files.readAllBytes(file)).messageId();
            }
            catch (IOException e) {
                throw new AssertionError(e);
            }
        }).toList();
        assertThat(previewIds).hasSize(RECIPIENTS.size());
        assertThat(previewed.delivery()).allSatisfy(row -> assertThat(row).containsEntry("status", "written"));

        assertThat(previewed.run("smtp", concat(smtp(server.getSmtp().getPort()), NEXT_NIGHT))).isZero();
        assertThat(Mails.all(server.getReceivedMessages())).extracting(Mails::messageId)
            .containsExactlyInAnyOrderElementsOf(previewIds);
        assertThat(previewed.delivery()).allSatisfy(row -> assertThat(row).containsEntry("status", "sent"));
        assertThat(
                previewed.run("smtp", concat(smtp(server.getSmtp().getPort()), "--dx.clock=2026-01-18T02:00:00+07:00")))
            .isZero();
        assertThat(server.getReceivedMessages()).hasSize(RECIPIENTS.size());
    }

    @Test
    void whatWaitsGoesToTheRecipientsFileInForce() throws Exception {
        SmallDelivery small = new SmallDelivery(workspace);
        try (SmtpFront front = new SmtpFront(server.getSmtp().getPort(), null)) {
            front.fault(SmtpFront.Fault.TEMPORARY);
            assertThat(small.run("smtp", concat(smtp(front.port()), FINAL_NIGHT))).isEqualTo(ExitCodes.UNDELIVERED);
        }
        // Hà Nội's leader has left (a new one came), Hồ Chí Minh's row is gone, and the
        // committee's address is now written in capitals: the same mailbox
        Files.writeString(small.recipients, """
                unit_code,role,name,email
                01,officer,Cán bộ báo cáo Hà Nội,canbo.01@example.org
                01,leader,Lãnh đạo mới Hà Nội,lanhdao.moi.01@example.org
                QG,national,Ban Chỉ đạo quốc gia,BCD@Example.ORG
                """);
        assertThat(small.run("smtp", concat(smtp(server.getSmtp().getPort()), NEXT_NIGHT))).isZero();
        assertSentOnceEach(List.of("canbo.01@example.org", "lanhdao.moi.01@example.org", "bcd@example.org"));
        assertThat(small.deliveryTo("lanhdao.01@example.org")).containsEntry("status", "withdrawn");
        assertThat(small.deliveryTo("lanhdao.79@example.org")).containsEntry("status", "withdrawn");
        assertThat(small.deliveryTo("lanhdao.moi.01@example.org")).containsEntry("status", "sent");
        Mails newLeader = Mails.all(server.getReceivedMessages())
            .stream()
            .filter(m -> m.to().equals("lanhdao.moi.01@example.org"))
            .findFirst()
            .orElseThrow();
        assertThat(newLeader.toName()).isEqualTo("Lãnh đạo mới Hà Nội");
        assertThat(newLeader.attachments()).containsKey("01-thanh-pho-ha-noi.pdf");
    }

    @Test
    void mailLeftWaitingIsNamedByEveryLaunchDeliveryOffOrNot() throws Exception {
        SmallDelivery small = new SmallDelivery(workspace);
        try (SmtpFront front = new SmtpFront(server.getSmtp().getPort(), null)) {
            front.fault(SmtpFront.Fault.TEMPORARY);
            assertThat(small.run("smtp", concat(smtp(front.port()), FINAL_NIGHT))).isEqualTo(ExitCodes.UNDELIVERED);
        }
        JobHarness.Logged off = small.runLogged("off", NEXT_NIGHT);
        assertThat(off.code()).as(off.log()).isEqualTo(ExitCodes.UNDELIVERED);
        assertThat(off.log()).contains(RECIPIENTS.size() + " messages wait since 2026-01-15T19:00:00Z");
    }

    @Test
    void aMessageOverOurOwnLimitWaitsAndGoesOnceTheLimitIsRaised() throws Exception {
        SmallDelivery small = new SmallDelivery(workspace);
        assertThat(small.run("smtp",
                concat(smtp(server.getSmtp().getPort()), FINAL_NIGHT, "--dx.delivery.max-bytes=30KB")))
            .isEqualTo(ExitCodes.UNDELIVERED);
        assertThat(small.deliveryTo("lanhdao.01@example.org")).containsEntry("status", "pending")
            .hasEntrySatisfying("last_reply",
                    reply -> assertThat(reply).matches("not sent: \\d+ bytes, over dx.delivery.max-bytes \\(30720\\)"));
        assertThat(small.run("smtp", concat(smtp(server.getSmtp().getPort()), NEXT_NIGHT))).isZero();
        assertSentOnceEach(RECIPIENTS);
    }

    private static Misbehaviour misbehaviour(String fault) {
        return switch (fault) {
            case "silence" -> new Misbehaviour.Silence();
            case "drop" -> new Misbehaviour.Drop();
            default -> new Misbehaviour.Reply(fault);
        };
    }

    /** Each of {@code recipients} got exactly one message, all with distinct ids. */
    private static void assertSentOnceEach(List<String> recipients) {
        List<Mails> received = Mails.all(server.getReceivedMessages());
        assertThat(received).extracting(Mails::to).containsExactlyInAnyOrderElementsOf(recipients);
        assertThat(received).extracting(Mails::messageId).doesNotHaveDuplicates();
    }

    private static List<Path> eml(SmallDelivery small) throws IOException {
        try (Stream<Path> files = Files.list(small.job.periodDir(SmallDelivery.PERIOD).resolve("outbox"))) {
            return files.sorted().toList();
        }
    }

    private static JobHarness.Logged launch(SmallDelivery small, String... options) throws IOException {
        return small.runLogged("smtp", options);
    }

}
