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
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import vn.dxscorecard.support.Mails;

/**
 * eml mode, the preview: every message as an RFC 5322 file under
 * {@code output/<period>/outbox/}, none sent — even with a mail server configured.
 */
class EmlModeTest {

    @RegisterExtension
    static final GreenMailExtension server = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path workspace;

    @Test
    void eachMessageIsWrittenAsAParseableFileAndNoneIsSent() throws IOException {
        SmallDelivery small = new SmallDelivery(workspace);
        assertThat(small.run("eml", concat(smtp(server.getSmtp().getPort()), FINAL_NIGHT))).isZero();
        assertThat(server.getReceivedMessages()).isEmpty();

        Path period = small.job.periodDir(SmallDelivery.PERIOD);
        List<Path> files = eml(period);
        assertThat(files).hasSize(RECIPIENTS.size());
        List<Mails> messages = files.stream().map(EmlModeTest::parse).toList();
        assertThat(messages).extracting(Mails::to).containsExactlyInAnyOrderElementsOf(RECIPIENTS);
        Mails leader = messages.stream().filter(m -> m.to().equals("lanhdao.79@example.org")).findFirst().orElseThrow();
        assertThat(leader.toName()).isEqualTo("Lãnh đạo Thành phố Hồ Chí Minh");
        assertThat(leader.subject()).isEqualTo("Phiếu đánh giá chuyển đổi số quý 4/2025 — Thành phố Hồ Chí Minh"
                + " / Digital transformation scorecard, Q4 2025 — Thành phố Hồ Chí Minh");
        assertThat(leader.headers().get("Date")).startsWith("Fri, 16 Jan 2026 02:00:00 +0700");
        assertThat(leader.attachments().get("79-thanh-pho-ho-chi-minh.pdf"))
            .isEqualTo(Files.readAllBytes(period.resolve("scorecards/79-thanh-pho-ho-chi-minh.pdf")));

        List<Map<String, String>> delivery = small.delivery();
        assertThat(delivery).hasSize(RECIPIENTS.size())
            .allSatisfy(row -> assertThat(row).containsEntry("status", "written"))
            .allSatisfy(
                    row -> assertThat(period.resolve(row.get("last_reply").replace("written ", ""))).isRegularFile());
        assertThat(Files.readString(period.resolve("manifest.json"))).doesNotContain("outbox", "delivery.csv");
    }

    @Test
    void aCorrectionAddsItsMessagesBesideTheEarlierOnes() throws IOException {
        SmallDelivery small = new SmallDelivery(workspace);
        assertThat(small.run("eml", FINAL_NIGHT)).isZero();
        Path period = small.job.periodDir(SmallDelivery.PERIOD);
        List<Path> first = eml(period);
        byte[] before = Files.readAllBytes(first.getFirst());

        assertThat(small.run("eml", NEXT_NIGHT, "--rerun")).isZero();
        List<Path> after = eml(period);
        // no new file, so no receipt: the two scorecards and the summary of the
        // correction
        assertThat(after).hasSize(first.size() + 3).containsAll(first);
        assertThat(Files.readAllBytes(first.getFirst())).isEqualTo(before);
        assertThat(after.stream().filter(p -> !first.contains(p)).map(EmlModeTest::parse))
            .allSatisfy(m -> assertThat(m.text()).contains("Bản đính chính số 1"));
        assertThat(small.delivery()).hasSize(first.size() + 3);
    }

    private static List<Path> eml(Path period) throws IOException {
        try (Stream<Path> files = Files.list(period.resolve("outbox"))) {
            return files.sorted().toList();
        }
    }

    private static Mails parse(Path file) {
        try {
            return Mails.parse(Files.readAllBytes(file));
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
