package vn.dxscorecard.delivery;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plans messages: each letter is rendered once and recorded under its key, unless that
 * key is already in the outbox (a restarted step plans nothing twice).
 */
final class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final OutboxRepository repository;

    private final LetterComposer composer;

    Outbox(OutboxRepository repository, LetterComposer composer) {
        this.repository = repository;
        this.composer = composer;
    }

    /**
     * @return how many of the letters were new
     */
    int plan(List<Letter> letters, Instant date) {
        int planned = 0;
        for (Letter letter : letters) {
            try {
                String source = composer.compose(letter, date);
                if (repository.plan(letter.key(), composer.messageId(letter.key()), source, date)) {
                    planned++;
                }
            }
            catch (MessagingException | IOException e) {
                throw new IllegalStateException("cannot render message " + letter.key().id() + ": " + e.getMessage(),
                        e);
            }
        }
        return planned;
    }

    /**
     * Addresses what is still to deliver from the recipients file in force (SPEC §9): a
     * message to a mailbox no longer there for its unit and role is withdrawn, and each
     * mailbox there now that has no copy of a message still to deliver gets one: the same
     * rendered message, addressed to it, with its own key and {@code Message-ID}.
     * @return how many copies were planned
     */
    int readdress(Recipients recipients, DeliveryMode mode, Instant now) {
        Map<String, OutboxEntry> messages = new LinkedHashMap<>();
        int withdrawn = 0;
        for (OutboxEntry waiting : repository.waiting(mode)) {
            MessageKey key = MessageKey.parse(waiting.key());
            Role role = waiting.kind().role();
            if (recipients.has(waiting.unitCode(), role, waiting.recipient())) {
                messages.putIfAbsent(key.group(), waiting);
                continue;
            }
            repository.withdraw(waiting.key(), "not sent: " + waiting.recipient() + " is no longer a " + role.id()
                    + " of " + waiting.unitCode() + " in the recipients file");
            messages.putIfAbsent(key.group(), waiting);
            withdrawn++;
        }
        int copies = 0;
        for (OutboxEntry message : messages.values()) {
            MessageKey key = MessageKey.parse(message.key());
            for (Recipient recipient : recipients.of(message.unitCode(), message.kind().role())) {
                MessageKey copy = key.to(recipient.email());
                if (repository.planned(copy)) {
                    continue;
                }
                String source = repository.source(message.key()).orElseThrow();
                try {
                    repository.plan(copy, composer.messageId(copy), composer.readdress(source, recipient, copy), now);
                }
                catch (MessagingException | IOException e) {
                    throw new IllegalStateException("cannot address message " + key.id() + " to " + recipient.email(),
                            e);
                }
                copies++;
            }
        }
        if (withdrawn + copies > 0) {
            log.info("Outbox: {} messages withdrawn (their recipients left the recipients file), {} addressed to"
                    + " recipients now in it", withdrawn, copies);
        }
        return copies;
    }

    /** Says once per run which units have nobody of a role to write to. */
    static void logUnmailed(String what, Role role, List<String> units) {
        if (!units.isEmpty()) {
            log.info("{}: no {} in the recipients file for {}: not mailed", what, role.id(), String.join(", ", units));
        }
    }

}
