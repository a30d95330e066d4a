package vn.dxscorecard.ops;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the job reads and writes (SPEC §7). The command-line options {@code --input}, {@code --output},
 * {@code --data}, {@code --catalogue} and {@code --reference} set these.
 *
 * @param catalogue a folder replacing the shipped catalogue, or null
 * @param reference a folder replacing the shipped registry, or null
 * @param zone the zone whose calendar decides the default period (the reporting units' own)
 * @param fixedClock an instant to use as "now", for tests and for re-enacting a past run; null for the real clock
 */
@ConfigurationProperties("dx")
public record DxProperties(Path input, Path output, Path data, Path catalogue, Path reference, ZoneId zone,
        Instant fixedClock) {

    public DxProperties {
        input = input == null ? Path.of("input") : input;
        output = output == null ? Path.of("output") : output;
        data = data == null ? Path.of("data") : data;
        zone = zone == null ? ZoneId.of("Asia/Ho_Chi_Minh") : zone;
    }
}
