package vn.dxscorecard.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dxscorecard.delivery.SmallDelivery.FINAL_NIGHT;
import static vn.dxscorecard.delivery.SmallDelivery.NEXT_NIGHT;
import static vn.dxscorecard.delivery.SmallDelivery.RECIPIENTS;
import static vn.dxscorecard.delivery.SmallDelivery.concat;
import static vn.dxscorecard.delivery.SmallDelivery.smtp;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import vn.dxscorecard.ops.ExitCodes;
import vn.dxscorecard.support.Mails;
import vn.dxscorecard.support.SmtpFront;

/**
 * What real relays do to a nightly delivery: refuse for now, refuse for good, be down,
 * require STARTTLS with a certificate of their own. The messages still arrive in a real
 * server (GreenMail) behind a front that answers in its place ({@link SmtpFront}).
 */
class SmtpFaultsTest {

    @RegisterExtension
    static final GreenMailExtension server = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final String PASSWORD = "changeit";

    /** A self-signed certificate for 127.0.0.1, and a trust store with only it. */
    @TempDir
    static Path certificates;

    @TempDir
    Path workspace;

    @BeforeAll
    static void aSelfSignedCertificateForTheServer() throws Exception {
        keytool("-genkeypair", "-alias", "smtp", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=127.0.0.1",
                "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2", "-storetype", "PKCS12", "-keystore",
                certificates.resolve("server.p12").toString(), "-storepass", PASSWORD);
        keytool("-exportcert", "-alias", "smtp", "-keystore", certificates.resolve("server.p12").toString(),
                "-storepass", PASSWORD, "-file", certificates.resolve("server.cer").toString());
        keytool("-importcert", "-noprompt", "-alias", "smtp", "-file", certificates.resolve("server.cer").toString(),
                "-storetype", "PKCS12", "-keystore", certificates.resolve("trust.p12").toString(), "-storepass",
                PASSWORD);
    }

    @Test
    void aTemporaryRefusalIsPendingAndTheNextLaunchSendsItFirst() throws Exception {
        SmallDelivery small = new SmallDelivery(workspace);
        try (SmtpFront front = new SmtpFront(server.getSmtp().getPort(), null)) {
            front.fault(SmtpFront.Fault.TEMPORARY);
            assertThat(small.run("smtp", concat(smtp(front.port()), FINAL_NIGHT))).isEqualTo(ExitCodes.UNDELIVERED);
            assertThat(server.getReceivedMessages()).isEmpty();
            assertThat(small.delivery()).hasSize(RECIPIENTS.size())
                .allSatisfy(row -> assertThat(row).containsEntry("status", "pending").containsEntry("attempts", "1"))
                .allSatisfy(row -> assertThat(row.get("last_reply")).startsWith("451 4.3.0"));

            front.fault(SmtpFront.Fault.NONE);
            // nothing else to do for the period: the waiting messages go all the same
            assertThat(small.run("smtp", concat(smtp(front.port()), NEXT_NIGHT))).isZero();
        }
        assertThat(Mails.all(server.getReceivedMessages())).extracting(Mails::to)
            .containsExactlyInAnyOrderElementsOf(RECIPIENTS);
        assertThat(small.delivery())
            .allSatisfy(row -> assertThat(row).containsEntry("status", "sent").containsEntry("attempts", "2"));
    }

    @Test
    void aPermanentRefusalFailsThatMessageForGoodAndTheOthersGo() throws Exception {
        SmallDelivery small = new SmallDelivery(workspace);
        try (SmtpFront front = new SmtpFront(server.getSmtp().getPort(), null)) {
            front.refuse("lanhdao.79@example.org");
            assertThat(small.run("smtp", concat(smtp(front.port()), FINAL_NIGHT))).isEqualTo(ExitCodes.UNDELIVERED);
            assertThat(small.deliveryTo("lanhdao.79@example.org")).containsEntry("status", "failed")
                .containsEntry("attempts", "1")
                .hasEntrySatisfying("last_reply", reply -> assertThat(reply).contains("550 5.1.1"));
            assertThat(server.getReceivedMessages()).hasSize(RECIPIENTS.size() - 1);

            // never retried; the failure was reported by the launch it happened in
            assertThat(small.run("smtp", concat(smtp(front.port()), NEXT_NIGHT))).isZero();
        }
        assertThat(small.deliveryTo("lanhdao.79@example.org")).containsEntry("status", "failed")
            .containsEntry("attempts", "1");
        assertThat(server.getReceivedMessages()).hasSize(RECIPIENTS.size() - 1);
    }

    @Test
    void aServerThatIsDownLeavesEverythingPendingUntilItIsBack() throws Exception {
        SmallDelivery small = new SmallDelivery(workspace);
        int closed;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = free.getLocalPort();
        }
        assertThat(small.run("smtp", concat(smtp(closed), FINAL_NIGHT))).isEqualTo(ExitCodes.UNDELIVERED);
        assertThat(small.delivery()).allSatisfy(row -> assertThat(row).containsEntry("status", "pending"));
        assertThat(small.delivery()).extracting(row -> row.get("attempts")).containsOnly("0", "1");
        assertThat(small.delivery()).filteredOn(row -> row.get("attempts").equals("1"))
            .singleElement()
            .satisfies(row -> assertThat(row.get("last_reply")).startsWith("cannot connect to 127.0.0.1"));

        assertThat(small.run("smtp", concat(smtp(server.getSmtp().getPort()), NEXT_NIGHT))).isZero();
        assertThat(server.getReceivedMessages()).hasSize(RECIPIENTS.size());
    }

    @Test
    void starttlsWithTheServersSelfSignedCertificateTrustedThroughAnSslBundle() throws Exception {
        SmallDelivery small = new SmallDelivery(workspace);
        String[] starttls = { "--spring.mail.properties.mail.smtp.starttls.enable=true",
                "--spring.mail.properties.mail.smtp.starttls.required=true" };
        try (SmtpFront front = new SmtpFront(server.getSmtp().getPort(), serverTls())) {
            // not trusted yet: the handshake fails, nothing goes in clear, all waits
            assertThat(small.run("smtp", concat(smtp(front.port(), starttls), FINAL_NIGHT)))
                .isEqualTo(ExitCodes.UNDELIVERED);
            assertThat(server.getReceivedMessages()).isEmpty();
            assertThat(small.delivery()).filteredOn(row -> row.get("attempts").equals("1"))
                .singleElement()
                .satisfies(row -> assertThat(row.get("last_reply")).containsIgnoringCase("certification path"));

            String[] trusted = concat(smtp(front.port(), starttls), "--spring.mail.ssl.bundle=relay",
                    "--spring.ssl.bundle.jks.relay.truststore.location=file:" + certificates.resolve("trust.p12"),
                    "--spring.ssl.bundle.jks.relay.truststore.password=" + PASSWORD,
                    "--spring.ssl.bundle.jks.relay.truststore.type=PKCS12", NEXT_NIGHT);
            assertThat(small.run("smtp", trusted)).isZero();
            assertThat(front.tlsHandshakes()).isPositive();
        }
        assertThat(Mails.all(server.getReceivedMessages())).extracting(Mails::to)
            .containsExactlyInAnyOrderElementsOf(RECIPIENTS);
    }

    private static SSLContext serverTls() throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(certificates.resolve("server.p12"))) {
            keys.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(keys, PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(factory.getKeyManagers(), null, null);
        return context;
    }

    private static void keytool(String... args) throws Exception {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }

}
