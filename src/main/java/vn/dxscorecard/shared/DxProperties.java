package vn.dxscorecard.shared;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the job writes and which clock and calendar it keeps (SPEC §7). The command-line
 * options {@code --output} and {@code --data} set the folders; the drop folder and the
 * reference files are the intake's and the reference's own settings.
 *
 * @param output the folder that receives {@code <period>/}
 * @param data the H2 database folder, the run lock and the logs
 * @param zone the reporting units' own zone: it decides the default period and the dates
 * printed in reports
 * @param clock an instant with its offset to use as "now" (SPEC §8,
 * {@code --dx.clock=2026-01-05T02:00:00+07:00}): a run behaves and stamps its outputs as
 * if it were then; empty for the machine clock
 */
@ConfigurationProperties("dx")
public record DxProperties(@DefaultValue("output") Path output, @DefaultValue("data") Path data,
        @DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone, OffsetDateTime clock) {
}
