package vn.dxscorecard.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.dxscorecard.cycle.CycleProperties;
import vn.dxscorecard.cycle.Deadline;
import vn.dxscorecard.cycle.Edition;
import vn.dxscorecard.cycle.EditionRepository;
import vn.dxscorecard.intake.DropSnapshot;
import vn.dxscorecard.intake.IntakeRepository;
import vn.dxscorecard.intake.SubmissionFiles;
import vn.dxscorecard.reference.PeriodUnitRepository;
import vn.dxscorecard.reference.Registry;
import vn.dxscorecard.reference.RegistryUnit;
import vn.dxscorecard.results.EditionInfos;
import vn.dxscorecard.shared.DxProperties;
import vn.dxscorecard.shared.Period;
import vn.dxscorecard.shared.Sha256;

/**
 * What a launch plans besides an edition's messages (SPEC §9): what is still to deliver
 * addressed from the recipients file in force, and for each period it handled, reminders
 * when the run falls within {@code dx.delivery.remind-days} before the deadline, to the
 * officers of units without an accepted file (once per period), and a receipt for files
 * that came after the period's final edition, saying they were not used and why.
 */
@Component
class LaunchPlanner {

    private static final Logger log = LoggerFactory.getLogger(LaunchPlanner.class);

    private final EditionRepository editions;

    private final EditionInfos editionInfos;

    private final IntakeRepository intake;

    private final SubmissionFiles submissions;

    private final PeriodUnitRepository roster;

    private final Registry registry;

    private final Recipients recipients;

    private final Letters letters;

    private final OutboxRepository repository;

    private final CycleProperties cycle;

    private final DeliveryProperties delivery;

    private final DxProperties properties;

    LaunchPlanner(EditionRepository editions, EditionInfos editionInfos, IntakeRepository intake,
            SubmissionFiles submissions, PeriodUnitRepository roster, Registry registry, Recipients recipients,
            Letters letters, OutboxRepository repository, CycleProperties cycle, DeliveryProperties delivery,
            DxProperties properties) {
        this.editions = editions;
        this.editionInfos = editionInfos;
        this.intake = intake;
        this.submissions = submissions;
        this.roster = roster;
        this.registry = registry;
        this.recipients = recipients;
        this.letters = letters;
        this.repository = repository;
        this.cycle = cycle;
        this.delivery = delivery;
        this.properties = properties;
    }

    /**
     * @return how many messages were planned
     */
    int plan(List<Period> periods, Instant now) {
        Outbox outbox = DeliveryConfig.outbox(delivery, repository, properties.zone());
        int total = outbox.readdress(recipients, delivery.mode(), now);
        for (Period period : periods) {
            Deadline deadline = Deadline.of(period, cycle.deadlineDays(), properties.zone());
            Optional<Edition> latest = editions.latest(period);
            List<Letter> planned = new ArrayList<>();
            if (deadline.open(now) && !deadline.at().minusDays(delivery.remindDays()).toInstant().isAfter(now)) {
                planned.addAll(reminders(period, deadline, now));
            }
            if (latest.isPresent() && latest.get().status().settled()) {
                planned.addAll(lateReceipts(period, latest.get()));
            }
            int added = outbox.plan(planned, now);
            total += added;
            if (added > 0) {
                log.info("Outbox {}: {} messages planned by this launch (reminders, receipts of late files)", period,
                        added);
            }
        }
        return total;
    }

    private List<Letter> reminders(Period period, Deadline deadline, Instant now) {
        Set<String> submitted = intake.submittedUnits(period);
        List<RegistryUnit> units = roster.findAll(period);
        if (units.isEmpty()) {
            units = registry.validOn(period.lastDay());
        }
        List<Letter> letters = new ArrayList<>();
        List<String> unmailed = new ArrayList<>();
        for (RegistryUnit unit : units) {
            if (submitted.contains(unit.code())) {
                continue;
            }
            List<Recipient> officers = recipients.of(unit.code(), Role.OFFICER);
            if (officers.isEmpty()) {
                unmailed.add(unit.code());
            }
            for (Recipient officer : officers) {
                MessageKey key = new MessageKey(period, MessageKind.REMINDER, unit.code(), 0, officer.email(), "");
                letters.add(this.letters.reminder(key, officer, unit, period, now, deadline.at()));
            }
        }
        Outbox.logUnmailed("Reminders " + period, Role.OFFICER, unmailed);
        return letters;
    }

    private List<Letter> lateReceipts(Period period, Edition edition) {
        Map<String, List<DropSnapshot.NewFile>> byUnit = Receipts.firstTimeByUnit(repository, period,
                submissions.newSinceLastIntake(period), DropSnapshot.NewFile::unitCode,
                file -> new Receipts.Covered(file.name(), file.content()));
        List<Letter> letters = new ArrayList<>();
        List<String> unmailed = new ArrayList<>();
        for (Map.Entry<String, List<DropSnapshot.NewFile>> unitFiles : byUnit.entrySet()) {
            String code = unitFiles.getKey();
            Optional<RegistryUnit> unit = registry.find(code, period.lastDay())
                .or(() -> registry.history(code).stream().findFirst());
            List<Recipient> officers = recipients.of(code, Role.OFFICER);
            if (unit.isEmpty() || officers.isEmpty()) {
                unmailed.add(code);
                continue;
            }
            List<String> names = unitFiles.getValue().stream().map(DropSnapshot.NewFile::name).toList();
            // Several such receipts can follow one final edition: each names its files.
            String which = Sha256
                .of(unitFiles.getValue()
                    .stream()
                    .map(f -> f.name() + "\t" + f.content() + "\n")
                    .reduce("", String::concat)
                    .getBytes(StandardCharsets.UTF_8))
                .substring(0, 12);
            for (Recipient officer : officers) {
                MessageKey key = new MessageKey(period, MessageKind.RECEIPT, code, edition.number(), officer.email(),
                        "late-" + which);
                letters
                    .add(this.letters.lateReceipt(key, officer, unit.get(), period, editionInfos.of(edition), names));
            }
        }
        Outbox.logUnmailed("Receipts of late files " + period, Role.OFFICER, unmailed);
        return letters;
    }

}
