package vn.dxscorecard.delivery;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import vn.dxscorecard.shared.Ranges;

/**
 * Delivery by e-mail (SPEC §9). {@code --recipients} sets the recipients file.
 *
 * @param mode {@code off} (default), {@code eml} or {@code smtp}
 * @param recipients the recipients file; required unless delivery is off, checked at
 * start whenever given
 * @param from the sender's address, e.g. {@code chuyendoiso@example.gov.vn}; required
 * unless delivery is off
 * @param fromName the sender's display name
 * @param remindDays officers of units without an accepted file are reminded once when a
 * run falls within this many days before the deadline
 * @param maxBytes a message larger than this is not sent, and waits (a limit of our own:
 * raising it sends the message)
 * @param timeout the longest wait on the mail server: to connect, for its greeting and
 * each reply, for each write
 * @param maxDuration the longest a launch spends delivering: what is left waits for the
 * next launch
 * @param passwordFile a file whose first line is the mail server's password
 * ({@code spring.mail.password} comes from the environment or from here, never the
 * command line)
 */
@Validated
@ConfigurationProperties("dx.delivery")
public record DeliveryProperties(@DefaultValue("off") DeliveryMode mode, Path recipients, String from,
        @DefaultValue("Hệ thống đánh giá chuyển đổi số") String fromName,
        @DefaultValue("5") @PositiveOrZero @Max(60) int remindDays, @DefaultValue("10MB") DataSize maxBytes,
        @DefaultValue("30s") Duration timeout, @DefaultValue("10m") Duration maxDuration, Path passwordFile) {

    public DeliveryProperties {
        Ranges.check("dx.delivery.max-bytes", maxBytes, DataSize.ofKilobytes(1), DataSize.ofGigabytes(1));
        Ranges.check("dx.delivery.timeout", timeout, Duration.ofSeconds(1), Duration.ofMinutes(10));
        Ranges.check("dx.delivery.max-duration", maxDuration, Duration.ofSeconds(10), Duration.ofHours(12));
    }

    public boolean enabled() {
        return mode != DeliveryMode.OFF;
    }

}
