package vn.dxscorecard.delivery;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import vn.dxscorecard.feedback.Rejection;
import vn.dxscorecard.intake.FileRecord;
import vn.dxscorecard.ranking.RankingEntry;
import vn.dxscorecard.reference.RegistryUnit;
import vn.dxscorecard.results.EditionInfo;
import vn.dxscorecard.shared.Message;
import vn.dxscorecard.shared.Messages;
import vn.dxscorecard.shared.Period;
import vn.dxscorecard.shared.Text;

/**
 * The words of the four messages (SPEC §9), from the message catalogue: each paragraph in
 * Vietnamese with its English line. A letter holds only what its unit sent or what was
 * published for it.
 */
final class Letters {

    /** The rejected rows a receipt lists; the attached report has them all. */
    static final int REJECTIONS_LISTED = 10;

    private static final int VALUE_SHOWN = 40;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final Messages messages;

    private final ZoneId zone;

    Letters(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    /** What a receipt tells about the files of one unit the intake read in this run. */
    record ReceiptFacts(RegistryUnit unit, Period period, EditionInfo edition, Instant runAt, List<FileRecord> files,
            List<Rejection> firstRejections, long rejections, String reportName) {
    }

    Letter receipt(MessageKey key, Recipient to, ReceiptFacts facts, List<Letter.Attachment> report) {
        Text period = period(facts.period());
        List<Text> paragraphs = new ArrayList<>();
        paragraphs.add(text("mail.greeting.officer", facts.unit().nameVi()));
        List<Text> files = new ArrayList<>(
                List.of(text("mail.receipt.intro", period, facts.files().size(), when(facts.runAt()))));
        for (FileRecord file : facts.files()) {
            files.add(text("mail.receipt.file", file.fileName(), new Message(file.status().key()), file.rowsRead(),
                    file.rowsAccepted(), file.rowsRejected(), new Text(file.messageVi(), file.messageEn())));
        }
        paragraphs.add(lines(files));
        if (facts.rejections() == 0) {
            paragraphs.add(text("mail.receipt.no-rejections"));
        }
        else {
            List<Text> rejected = new ArrayList<>(
                    List.of(text("mail.receipt.rejections", facts.rejections(), facts.reportName())));
            for (Rejection r : facts.firstRejections()) {
                rejected.add(text("mail.receipt.rejection", r.fileName(), r.line() == null ? "—" : r.line(),
                        r.column() == null ? "—" : r.column(), shown(r.value()),
                        new Text(r.messageVi(), r.messageEn())));
            }
            paragraphs.add(lines(rejected));
        }
        paragraphs.add(text("mail.receipt.edition", facts.edition().label(), period));
        if (!facts.edition().status().settled()) {
            paragraphs.add(text("mail.receipt.deadline", period, when(facts.edition().deadline()), facts.unit().code(),
                    facts.period()));
        }
        return letter(key, to, text("mail.subject.receipt", period, facts.unit().nameVi()), paragraphs, report);
    }

    /**
     * A receipt for files that came after the period's final edition: not used, and why.
     */
    Letter lateReceipt(MessageKey key, Recipient to, RegistryUnit unit, Period period, EditionInfo edition,
            List<String> fileNames) {
        Text p = period(period);
        List<Text> late = new ArrayList<>(List.of(text("mail.late.intro", p, fileNames.size(), edition.label())));
        fileNames.forEach(name -> late.add(text("mail.late.file", name)));
        List<Text> paragraphs = List.of(text("mail.greeting.officer", unit.nameVi()), lines(late),
                text("mail.late.why", p, when(edition.deadline())));
        return letter(key, to, text("mail.subject.receipt", p, unit.nameVi()), paragraphs, List.of());
    }

    Letter reminder(MessageKey key, Recipient to, RegistryUnit unit, Period period, Instant now,
            OffsetDateTime deadline) {
        Text p = period(period);
        List<Text> paragraphs = List.of(text("mail.greeting.officer", unit.nameVi()),
                text("mail.reminder.body", when(now), unit.nameVi(), p, when(deadline)),
                text("mail.reminder.how", when(now), unit.nameVi(), p, when(deadline), unit.code(), period));
        return letter(key, to, text("mail.subject.reminder", p, unit.nameVi()), paragraphs, List.of());
    }

    Letter scorecard(MessageKey key, Recipient to, RankingEntry entry, int groupSize, Period period,
            EditionInfo edition, Letter.Attachment pdf) {
        Text p = period(period);
        List<Text> paragraphs = new ArrayList<>();
        paragraphs.add(text("mail.greeting.leader", entry.unit().nameVi()));
        paragraphs.add(text("mail.scorecard.attached", p, edition.label()));
        paragraphs.add(text("mail.scorecard.score", decimal(entry.overall()), new Message(entry.classification().key()),
                entry.rank(), groupSize, new Message("pdf.group." + entry.group().id())));
        if (entry.overallChange() == null) {
            paragraphs.add(text("mail.scorecard.no-previous"));
        }
        else {
            BigDecimal change = entry.overallChange();
            Text signed = decimal(change);
            if (change.signum() > 0) {
                signed = new Text("+" + signed.vi(), "+" + signed.en());
            }
            paragraphs.add(text("mail.scorecard.change", period(period.previous()), signed, rank(entry.rankChange())));
        }
        return letter(key, to, text("mail.subject.scorecard", p, entry.unit().nameVi()), paragraphs, List.of(pdf));
    }

    Letter nationalSummary(MessageKey key, Recipient to, Period period, EditionInfo edition, long provinces,
            long ministries, long notSubmitted, List<Letter.Attachment> attachments) {
        Text p = period(period);
        List<Text> paragraphs = List.of(text("mail.greeting.national"),
                text("mail.summary.attached", p, edition.label()),
                text("mail.summary.counts", provinces, ministries, notSubmitted));
        return letter(key, to, text("mail.subject.national-summary", p), paragraphs, attachments);
    }

    private Letter letter(MessageKey key, Recipient to, Text subject, List<Text> paragraphs,
            List<Letter.Attachment> attachments) {
        List<Text> all = new ArrayList<>(paragraphs);
        all.add(text("mail.signature"));
        return new Letter(key, to, subject, List.copyOf(all), attachments);
    }

    /** One paragraph of lines, each in both languages. */
    private static Text lines(List<Text> lines) {
        return new Text(String.join("\n", lines.stream().map(Text::vi).toList()),
                String.join("\n", lines.stream().map(Text::en).toList()));
    }

    private Text rank(Integer change) {
        if (change == null || change == 0) {
            return text("mail.rank.same");
        }
        return change > 0 ? text("mail.rank.up", change) : text("mail.rank.down", -change);
    }

    private Text period(Period period) {
        return text("mail.period", period.quarter(), period.year());
    }

    private Text text(String key, Object... args) {
        return messages.text(key, args);
    }

    private String when(Instant instant) {
        return WHEN.format(instant.atZone(zone));
    }

    private String when(OffsetDateTime time) {
        return WHEN.format(time.atZoneSameInstant(zone));
    }

    /** {@code 87,35} in Vietnamese, {@code 87.35} in English. */
    private static Text decimal(BigDecimal value) {
        String plain = value.setScale(2, RoundingMode.HALF_UP).toPlainString();
        return new Text(plain.replace('.', ','), plain);
    }

    /** A value as its sender wrote it, one line, cut: it is the sender's own data. */
    private static String shown(String value) {
        if (value == null) {
            return "";
        }
        String line = value.replaceAll("\\p{Cntrl}", " ");
        return line.length() > VALUE_SHOWN ? line.substring(0, VALUE_SHOWN) + "…" : line;
    }

}
