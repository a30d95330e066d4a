package vn.dxscorecard.delivery;

import java.nio.file.Path;

import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

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
 * @param maxBytes a message larger than this is not sent, and reported
 */
@Validated
@ConfigurationProperties("dx.delivery")
public record DeliveryProperties(@DefaultValue("off") DeliveryMode mode, Path recipients, String from,
        @DefaultValue("Hệ thống đánh giá chuyển đổi số") String fromName,
        @DefaultValue("5") @PositiveOrZero int remindDays, @DefaultValue("10MB") DataSize maxBytes) {

    public boolean enabled() {
        return mode != DeliveryMode.OFF;
    }

}
