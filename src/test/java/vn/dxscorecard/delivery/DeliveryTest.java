package vn.dxscorecard.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import vn.dxscorecard.support.JobHarness;
import vn.dxscorecard.support.Mails;

/**
 * SPEC §9 over real SMTP: one quarter, 2025-Q4, night by night (as {@code CycleTest}
 * walks it) with delivery on, the shipped example recipients, and a real SMTP server on
 * loopback (GreenMail). Each test is one night, in order; it checks the messages that
 * night's launch sent, as their recipients receive them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeliveryTest {

    private static final String PERIOD = "2025-Q4";

    private static final Path RECIPIENTS = Path.of("scripts/recipients.example.csv");

    /** A submission's file name: what the sender wrote and no header may carry. */
    private static final Pattern SUBMISSION = Pattern.compile("([A-Za-z0-9]+)_2025-[Qq][1-4]");

    @RegisterExtension
    static final GreenMailExtension server = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
        .withPerMethodLifecycle(false);

    @TempDir
    static Path workspace;

    private static JobHarness job;

    private static Path out;

    /**
     * Message-IDs already received: the server lists messages by mailbox, not by time.
     */
    private static final Set<String> seen = new HashSet<>();

    @BeforeAll
    static void theQuarterBeforeIsPublishedWithoutDelivery() throws IOException {
        job = new JobHarness(workspace).withSample("2025-Q3", PERIOD);
        Files.move(job.input().resolve("BTC_2025-Q4_r2.csv"), workspace.resolve("BTC_2025-Q4_r2.csv"));
        Files.move(job.input().resolve("04_2025-Q4.csv"), workspace.resolve("04_2025-Q4.csv"));
        assertThat(job.run("--period=2025-Q3", "--dx.clock=2026-01-04T02:00:00+07:00")).isZero();
        out = job.periodDir(PERIOD);
    }

    @Test
    @Order(1)
    void edition1SendsEachUnitWithFilesOneReceiptPerOfficerAndNothingToLeaders() throws IOException {
        List<Mails> sent = night("2026-01-05T02:00:00+07:00");
        Set<String> units = units(JobHarness.readCsv(out.resolve("validation/files.csv")));
        assertThat(sent).allSatisfy(m -> assertThat(m.subject()).startsWith("Biên nhận tệp báo cáo quý 4/2025"))
            .extracting(Mails::to)
            .containsExactlyInAnyOrderElementsOf(
                    units.stream().map(u -> "canbo." + u.toLowerCase(Locale.ROOT) + "@example.org").toList());
        assertThat(sent).allSatisfy(DeliveryTest::carriesOnlyItsOwnUnitsData);

        Mails hanoi = only(sent, "canbo.01@example.org");
        assertThat(hanoi.toName()).isEqualTo("Cán bộ báo cáo — Thành phố Hà Nội");
        assertThat(hanoi.from()).isEqualTo("Hệ thống đánh giá chuyển đổi số <chuyendoiso@example.gov.vn>");
        assertThat(hanoi.text()).contains("01_2025-Q4.csv: Được sử dụng — đọc 19 dòng, chấp nhận 18, loại 1.",
                "01_2025-Q4.csv: Used — 19 rows read, 18 accepted, 1 rejected.", "dòng 10", "«abc»",
                "Bản tạm thời số 1 — số liệu có thể thay đổi đến hạn nộp 15/01/2026",
                "Hạn nộp của quý 4/2025 là 15/01/2026 23:59");
        assertThat(hanoi.html()).contains("<span lang=\"en\"", "Được sử dụng");
        assertThat(hanoi.attachments()).containsOnlyKeys("01.csv");
        assertThat(hanoi.attachments().get("01.csv")).as("the attachment is the published report, byte for byte")
            .isEqualTo(Files.readAllBytes(out.resolve("validation/01.csv")));
        assertThat(hanoi.messageId()).matches("<[0-9a-f]{40}\\.dx-scorecard@example\\.gov\\.vn>");
        assertThat(hanoi.headers()).containsEntry("Auto-Submitted", "auto-generated");

        List<Map<String, String>> delivery = JobHarness.readCsv(out.resolve("delivery.csv"));
        assertThat(delivery).hasSize(sent.size())
            .allSatisfy(row -> assertThat(row).containsEntry("status", "sent")
                .containsEntry("attempts", "1")
                .containsEntry("kind", "receipt")
                .containsEntry("edition", "1"))
            .allSatisfy(row -> assertThat(row.get("last_reply")).startsWith("250"));
    }

    @Test
    @Order(2)
    void theSameFilesTheNextNightSendNothing() throws IOException {
        assertThat(night("2026-01-06T02:00:00+07:00")).isEmpty();
    }

    @Test
    @Order(3)
    void aRerunWithNothingNewSendsNothing() throws IOException {
        assertThat(night("2026-01-07T02:00:00+07:00", "--rerun")).isEmpty();
        assertThat(JobHarness.readCsv(out.resolve("editions.csv"))).hasSize(2);
    }

    @Test
    @Order(4)
    void insideTheReminderWindowTheOfficersOfUnitsWithoutAnAcceptedFileAreReminded() throws IOException {
        List<Mails> sent = night("2026-01-11T02:00:00+07:00");
        List<String> missing = JobHarness.readCsv(out.resolve("rankings.csv"))
            .stream()
            .filter(r -> r.get("status").equals("not_submitted"))
            .map(r -> "canbo." + r.get("unit_code").toLowerCase(Locale.ROOT) + "@example.org")
            .toList();
        assertThat(missing).contains("canbo.04@example.org");
        assertThat(sent).allSatisfy(m -> assertThat(m.subject()).startsWith("Nhắc hạn nộp báo cáo quý 4/2025"))
            .extracting(Mails::to)
            .containsExactlyInAnyOrderElementsOf(missing);
        Mails caoBang = only(sent, "canbo.04@example.org");
        assertThat(caoBang.text()).contains("chưa nhận được tệp hợp lệ nào của Tỉnh Cao Bằng cho quý 4/2025",
                "Hạn nộp là 15/01/2026 23:59", "Tên tệp: 04_2025-Q4.csv");
        assertThat(caoBang.attachments()).isEmpty();
    }

    @Test
    @Order(5)
    void aRemindedUnitIsNotRemindedAgainAndFilesSentLaterGetTheirReceipts() throws IOException {
        Files.move(workspace.resolve("BTC_2025-Q4_r2.csv"), job.input().resolve("BTC_2025-Q4_r2.csv"));
        Files.move(workspace.resolve("04_2025-Q4.csv"), job.input().resolve("04_2025-Q4.csv"));
        List<Mails> sent = night("2026-01-12T02:00:00+07:00");
        assertThat(sent).extracting(Mails::to)
            .containsExactlyInAnyOrder("canbo.btc@example.org", "canbo.04@example.org");
        Mails btc = only(sent, "canbo.btc@example.org");
        assertThat(btc.text()).contains("Hệ thống đã nhận 1 tệp mới", "BTC_2025-Q4_r2.csv: Được sử dụng")
            .doesNotContain("BTC_2025-Q4.csv:");
        assertThat(btc.text()).contains("Bản tạm thời số 3");
    }

    @Test
    @Order(6)
    void theFinalEditionSendsEachLeaderTheUnitsScorecardAndTheCommitteeTheSummary() throws IOException {
        List<Mails> sent = night("2026-01-16T02:00:00+07:00");
        List<Map<String, String>> rankings = JobHarness.readCsv(out.resolve("rankings.csv"));
        List<Map<String, String>> ranked = rankings.stream().filter(r -> r.get("status").equals("ranked")).toList();
        List<String> leaders = ranked.stream()
            .map(r -> "lanhdao." + r.get("unit_code").toLowerCase(Locale.ROOT) + "@example.org")
            .collect(Collectors.toCollection(ArrayList::new));
        leaders.add("bcd.quocgia@example.org");
        assertThat(sent).extracting(Mails::to).containsExactlyInAnyOrderElementsOf(leaders);
        assertThat(sent).allSatisfy(DeliveryTest::carriesOnlyItsOwnUnitsData);

        Map<String, String> hanoiRow = JobHarness.row(rankings, "unit_code", "01");
        Mails hanoi = only(sent, "lanhdao.01@example.org");
        assertThat(hanoi.subject()).startsWith("Phiếu đánh giá chuyển đổi số quý 4/2025 — Thành phố Hà Nội");
        long provinces = ranked.stream().filter(r -> r.get("group").equals("province")).count();
        assertThat(hanoi.text()).contains("Bản chính thức",
                "Điểm tổng hợp: " + hanoiRow.get("overall").replace('.', ',') + "/100, xếp loại "
                        + hanoiRow.get("classification") + ", xếp hạng " + hanoiRow.get("rank") + "/" + provinces,
                "So với quý 3/2025");
        Path pdf = out.resolve("scorecards/01-thanh-pho-ha-noi.pdf");
        assertThat(hanoi.attachments()).containsOnlyKeys("01-thanh-pho-ha-noi.pdf");
        assertThat(hanoi.attachments().get("01-thanh-pho-ha-noi.pdf")).isEqualTo(Files.readAllBytes(pdf));

        Mails committee = only(sent, "bcd.quocgia@example.org");
        assertThat(committee.subject()).startsWith("Báo cáo tổng hợp chuyển đổi số toàn quốc quý 4/2025");
        assertThat(committee.attachments()).containsOnlyKeys("national-summary.pdf", "rankings.csv");
        assertThat(committee.attachments().get("national-summary.pdf"))
            .isEqualTo(Files.readAllBytes(out.resolve("national-summary.pdf")));
        assertThat(committee.attachments().get("rankings.csv"))
            .isEqualTo(Files.readAllBytes(out.resolve("rankings.csv")));
    }

    @Test
    @Order(7)
    void aFileAfterTheFinalEditionGetsAReceiptSayingItWasNotUsed() throws IOException {
        Files.copy(job.input().resolve("01_2025-Q4.csv"), job.input().resolve("01_2025-Q4_r2.csv"));
        List<Mails> sent = night("2026-01-17T02:00:00+07:00");
        assertThat(sent).singleElement().satisfies(m -> {
            assertThat(m.to()).isEqualTo("canbo.01@example.org");
            assertThat(m.text()).contains("sau khi quý 4/2025 đã có Bản chính thức", "• 01_2025-Q4_r2.csv",
                    "không được sử dụng", "These files were not used", "15/01/2026 23:59");
            assertThat(m.attachments()).isEmpty();
        });
        // a second night with the same late file: it was told once
        assertThat(night("2026-01-18T02:00:00+07:00")).isEmpty();
    }

    @Test
    @Order(8)
    void deliveryCsvListsEveryMessageSentWithTheServersReply() throws IOException {
        List<Map<String, String>> delivery = JobHarness.readCsv(out.resolve("delivery.csv"));
        assertThat(delivery).hasSize(server.getReceivedMessages().length)
            .allSatisfy(row -> assertThat(row.get("status")).isEqualTo("sent"));
        assertThat(delivery).extracting(r -> r.get("kind"))
            .containsOnly("receipt", "reminder", "scorecard", "national-summary");
        assertThat(delivery).extracting(r -> r.get("key")).doesNotHaveDuplicates();
        assertThat(Mails.all(server.getReceivedMessages())).extracting(Mails::messageId).doesNotHaveDuplicates();
    }

    // --- one night

    /** The launch as the nightly timer runs it with delivery on; the messages it sent. */
    private static List<Mails> night(String clock, String... extra) {
        List<String> args = new ArrayList<>(
                List.of("--period=" + PERIOD, "--dx.clock=" + clock, "--recipients=" + RECIPIENTS.toAbsolutePath(),
                        "--dx.delivery.mode=smtp", "--dx.delivery.from=chuyendoiso@example.gov.vn",
                        "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + server.getSmtp().getPort()));
        args.addAll(List.of(extra));
        assertThat(job.run(args.toArray(String[]::new))).isZero();
        List<Mails> tonight = Mails.all(server.getReceivedMessages())
            .stream()
            .filter(m -> seen.add(m.messageId()))
            .toList();
        return tonight;
    }

    private static Mails only(List<Mails> sent, String to) {
        List<Mails> matching = sent.stream().filter(m -> m.to().equals(to)).toList();
        assertThat(matching).as("messages to %s", to).hasSize(1);
        return matching.getFirst();
    }

    /** The units of the files of the period (the intake's own list). */
    private static Set<String> units(List<Map<String, String>> files) {
        return files.stream().map(f -> f.get("unit_code")).filter(code -> !code.isEmpty()).collect(Collectors.toSet());
    }

    /**
     * The unit a message is for (its recipient's), and nothing in it names another unit's
     * file; no header carries what a sender wrote.
     */
    private static void carriesOnlyItsOwnUnitsData(Mails mail) {
        String unit = mail.to().replaceAll("^[a-z]+\\.([a-z0-9]+)@.*", "$1").toUpperCase(Locale.ROOT);
        if (unit.equals("QUOCGIA")) {
            return;
        }
        Matcher files = SUBMISSION.matcher(mail.text() + mail.html());
        while (files.find()) {
            assertThat(files.group(1).toUpperCase(Locale.ROOT)).as("a file named in %s's message", unit)
                .isEqualTo(unit);
        }
        assertThat(mail.decodedHeaders()).noneMatch(h -> SUBMISSION.matcher(h).find());
        mail.attachments().forEach((name, bytes) -> {
            assertThat(name).startsWith(unit);
            Matcher inside = SUBMISSION.matcher(new String(bytes, StandardCharsets.ISO_8859_1));
            while (inside.find() && name.endsWith(".csv")) {
                assertThat(inside.group(1).toUpperCase(Locale.ROOT)).isEqualTo(unit);
            }
        });
    }

}
