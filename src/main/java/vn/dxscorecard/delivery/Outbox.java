package vn.dxscorecard.delivery;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

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

    /** Says once per run which units have nobody of a role to write to. */
    static void logUnmailed(String what, Role role, List<String> units) {
        if (!units.isEmpty()) {
            log.info("{}: no {} in the recipients file for {}: not mailed", what, role.id(), String.join(", ", units));
        }
    }

}
