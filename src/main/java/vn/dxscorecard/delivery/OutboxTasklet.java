package vn.dxscorecard.delivery;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import vn.dxscorecard.feedback.Rejection;
import vn.dxscorecard.feedback.RejectionDigest;
import vn.dxscorecard.intake.FileRecord;
import vn.dxscorecard.ranking.RankingEntry;
import vn.dxscorecard.reference.Kind;
import vn.dxscorecard.reference.Registry;
import vn.dxscorecard.reference.RegistryUnit;
import vn.dxscorecard.report.Publication;
import vn.dxscorecard.results.PeriodReport;
import vn.dxscorecard.shared.Period;

/**
 * The job's last step: plans the messages of the edition just published (SPEC §9) — a
 * receipt per unit whose files this edition read for the first time, and, for a final or
 * correction edition, each leader's scorecard and the national summary. It only records
 * them in the outbox, in one transaction with the files it receipts: sending is the
 * delivery job's, and never fails or undoes the publication.
 */
public class OutboxTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(OutboxTasklet.class);

    private static final String CSV = "text/csv; charset=UTF-8";

    private static final String PDF = "application/pdf";

    private final PeriodReport report;

    private final Recipients recipients;

    private final Registry registry;

    private final Letters letters;

    private final Optional<Outbox> outbox;

    private final OutboxRepository repository;

    /**
     * The published files are the job's own; a message that grows over
     * {@code dx.delivery.max-bytes} is still planned, so the outbox reports it as not
     * sent.
     */
    private static final long READ_LIMIT = 256L * 1024 * 1024;

    private final Path periodDir;

    /**
     * @param outbox empty with delivery off: nothing is planned, and the step still runs,
     * so a restart is the same either way
     */
    OutboxTasklet(PeriodReport report, Recipients recipients, Registry registry, Letters letters,
            Optional<Outbox> outbox, OutboxRepository repository, Path periodDir) {
        this.report = report;
        this.recipients = recipients;
        this.registry = registry;
        this.letters = letters;
        this.outbox = outbox;
        this.repository = repository;
        this.periodDir = periodDir;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        if (outbox.isEmpty()) {
            return RepeatStatus.FINISHED;
        }
        Publication publication = Publication.of(periodDir);
        List<Letter> planned = new ArrayList<>(receipts(publication));
        int receipts = planned.size();
        if (report.edition().status().settled()) {
            planned.addAll(scorecards(publication));
            planned.addAll(nationalSummary(publication));
        }
        int added = outbox.get().plan(planned, report.generatedAt());
        contribution.incrementWriteCount(added);
        log.info("Outbox {} edition {}: {} messages planned ({} receipts, {} for leaders and the national committee)",
                report.period(), report.edition().number(), added, receipts, planned.size() - receipts);
        return RepeatStatus.FINISHED;
    }

    private List<Letter> receipts(Publication publication) throws IOException {
        Period period = report.period();
        Map<String, List<FileRecord>> newByUnit = Receipts.firstTimeByUnit(repository, period, report.files(),
                FileRecord::unitCode, file -> new Receipts.Covered(file.fileName(), content(file)));
        List<Letter> planned = new ArrayList<>();
        List<String> unmailed = new ArrayList<>();
        for (Map.Entry<String, List<FileRecord>> unitFiles : newByUnit.entrySet()) {
            String code = unitFiles.getKey();
            List<Recipient> officers = recipients.of(code, Role.OFFICER);
            Optional<RegistryUnit> unit = unit(code);
            if (officers.isEmpty() || unit.isEmpty()) {
                unmailed.add(code);
                continue;
            }
            Letters.ReceiptFacts facts = facts(unit.get(), unitFiles.getValue());
            List<Letter.Attachment> report = publication.read(Publication.unitValidation(code), READ_LIMIT)
                .map(bytes -> List.of(new Letter.Attachment(code + ".csv", CSV, bytes)))
                .orElse(List.of());
            for (Recipient officer : officers) {
                planned.add(letters.receipt(key(MessageKind.RECEIPT, code, officer), officer, facts, report));
            }
        }
        Outbox.logUnmailed("Receipts " + period, Role.OFFICER, unmailed);
        return planned;
    }

    private Letters.ReceiptFacts facts(RegistryUnit unit, List<FileRecord> files) {
        List<Rejection> first = new ArrayList<>();
        long count = 0;
        for (FileRecord file : files) {
            Optional<RejectionDigest> digest = report.rejectionsOf(file.fileName());
            if (digest.isPresent()) {
                count += digest.get().count();
                digest.get()
                    .first()
                    .stream()
                    .limit(Math.max(0, Letters.REJECTIONS_LISTED - first.size()))
                    .forEach(first::add);
            }
        }
        return new Letters.ReceiptFacts(unit, report.period(), report.edition(), report.generatedAt(), files, first,
                count, Publication.unitValidation(unit.code()).getFileName().toString());
    }

    private List<Letter> scorecards(Publication publication) throws IOException {
        List<Letter> planned = new ArrayList<>();
        List<String> unmailed = new ArrayList<>();
        for (RankingEntry entry : report.rankings()) {
            if (!entry.ranked()) {
                continue;
            }
            List<Recipient> leaders = recipients.of(entry.unit().code(), Role.LEADER);
            if (leaders.isEmpty()) {
                unmailed.add(entry.unit().code());
                continue;
            }
            Path pdf = Publication.scorecard(entry.unit());
            Optional<byte[]> bytes = publication.read(pdf, READ_LIMIT);
            if (bytes.isEmpty()) {
                log.warn("{} is not as published: not mailed", pdf);
                continue;
            }
            Letter.Attachment attachment = new Letter.Attachment(pdf.getFileName().toString(), PDF, bytes.get());
            for (Recipient leader : leaders) {
                planned.add(letters.scorecard(key(MessageKind.SCORECARD, entry.unit().code(), leader), leader, entry,
                        report.ranked(entry.group()).size(), report.period(), report.edition(), attachment));
            }
        }
        Outbox.logUnmailed("Scorecards " + report.period(), Role.LEADER, unmailed);
        return planned;
    }

    private List<Letter> nationalSummary(Publication publication) throws IOException {
        List<Recipient> committee = recipients.of(RegistryUnit.NATIONAL_CODE, Role.NATIONAL);
        if (committee.isEmpty()) {
            Outbox.logUnmailed("National summary " + report.period(), Role.NATIONAL,
                    List.of(RegistryUnit.NATIONAL_CODE));
            return List.of();
        }
        List<Letter.Attachment> attachments = new ArrayList<>();
        for (Path file : List.of(Publication.NATIONAL_SUMMARY, Publication.RANKINGS)) {
            Optional<byte[]> bytes = publication.read(file, READ_LIMIT);
            if (bytes.isEmpty()) {
                log.warn("{} is not as published: not mailed", file);
                return List.of();
            }
            attachments.add(new Letter.Attachment(file.getFileName().toString(),
                    file.toString().endsWith(".pdf") ? PDF : CSV, bytes.get()));
        }
        long notSubmitted = report.allNotSubmitted().size();
        List<Letter> planned = new ArrayList<>();
        for (Recipient member : committee) {
            planned.add(letters.nationalSummary(key(MessageKind.NATIONAL_SUMMARY, RegistryUnit.NATIONAL_CODE, member),
                    member, report.period(), report.edition(), report.ranked(Kind.PROVINCE).size(),
                    report.ranked(Kind.MINISTRY).size(), notSubmitted, attachments));
        }
        return planned;
    }

    private MessageKey key(MessageKind kind, String unitCode, Recipient to) {
        return new MessageKey(report.period(), kind, unitCode, report.edition().number(), to.email(), "");
    }

    private Optional<RegistryUnit> unit(String code) {
        if (code.equals(RegistryUnit.NATIONAL_CODE)) {
            return Optional.of(Registry.NATIONAL);
        }
        return registry.find(code, report.period().lastDay()).or(() -> registry.history(code).stream().findFirst());
    }

    /**
     * A file is receipted once per content; one never hashed counts by what became of it.
     */
    static String content(FileRecord file) {
        return file.sha256() != null ? file.sha256() : file.status().id();
    }

}
