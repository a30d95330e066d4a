package vn.dxscorecard.cycle;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The quarterly cycle (SPEC §8).
 *
 * @param deadlineDays a period's deadline is the end of this day after its quarter ends,
 * Vietnam time
 */
@Validated
@ConfigurationProperties("dx.cycle")
public record CycleProperties(@DefaultValue("15") @PositiveOrZero @Max(90) int deadlineDays) {

}
