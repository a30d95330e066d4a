package vn.dxscorecard.intake;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.dxscorecard.feedback.ErrorCode;
import vn.dxscorecard.reference.Catalogue;
import vn.dxscorecard.reference.Indicator;
import vn.dxscorecard.reference.Registry;
import vn.dxscorecard.reference.RegistryUnit;
import vn.dxscorecard.shared.ConfigurationException;
import vn.dxscorecard.shared.CsvOutput;
import vn.dxscorecard.shared.DxProperties;
import vn.dxscorecard.shared.Messages;
import vn.dxscorecard.shared.Period;

/**
 * Writes the files that reporting officers fill in ({@code --template}): one per unit
 * that reports for the period, named as the job expects it back, with one row per
 * indicator that applies to the unit's kind and its Vietnamese name in {@code note}. The
 * job accepts a template filled in and saved by Excel as it is.
 */
@Component
public class TemplateWriter {

    public static final String FOLDER = "templates";

    private static final Logger log = LoggerFactory.getLogger(TemplateWriter.class);

    private final Catalogue catalogue;

    private final Registry registry;

    private final DxProperties properties;

    private final Messages messages;

    private final Clock clock;

    TemplateWriter(Catalogue catalogue, Registry registry, DxProperties properties, Messages messages, Clock clock) {
        this.catalogue = catalogue;
        this.registry = registry;
        this.properties = properties;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * @param requested the period, or empty for the job's default (the last quarter that
     * has ended)
     * @param unitCode one unit, case-insensitive, or empty for every unit valid on the
     * period's last day
     * @return the files written
     * @throws ConfigurationException for a period without targets or a unit that cannot
     * report for it
     */
    public List<Path> write(Optional<Period> requested, Optional<String> unitCode) throws IOException {
        Period period = requested.orElseGet(() -> Period.lastEnded(clock));
        if (!catalogue.hasYear(period.year())) {
            // The job refuses such a period; a template for it could never be scored.
            throw new ConfigurationException("catalogue " + catalogue.version() + " has no targets for " + period.year()
                    + " (no target_" + period.year() + " column); no template for " + period);
        }
        List<RegistryUnit> units = unitCode.map(code -> List.of(unit(code, period)))
            .orElseGet(() -> registry.validOn(period.lastDay()));
        Path dir = properties.output().resolve(period.toString()).resolve(FOLDER);
        List<Path> written = new ArrayList<>();
        for (RegistryUnit unit : units) {
            Path file = dir.resolve(unit.code() + "_" + period + ".csv");
            List<List<String>> rows = new ArrayList<>();
            for (Indicator indicator : catalogue.applicableTo(unit.kind())) {
                if (indicator.target(period.year()).isEmpty()) {
                    // not scored that year (SPEC §4): a row for it is accepted, but not
                    // asked
                    // for
                    continue;
                }
                rows.add(List.of(unit.code(), period.toString(), indicator.code(), "", indicator.nameVi()));
            }
            CsvOutput.write(file, SubmissionColumns.ALL, rows);
            written.add(file);
        }
        log.info("Templates {}: {} written to {}", period, written.size() == 1 ? "1 file" : written.size() + " files",
                dir);
        return written;
    }

    private RegistryUnit unit(String code, Period period) {
        String upper = code.trim().toUpperCase(Locale.ROOT);
        Optional<UnitCheck.Problem> problem = UnitCheck.check(upper, period, registry);
        if (problem.isPresent()) {
            UnitCheck.Problem p = problem.get();
            if (p.code() == ErrorCode.FILE_UNKNOWN_UNIT) {
                throw new ConfigurationException(
                        "unknown unit '" + code + "': not in the registry (provinces.csv," + " ministries.csv, or QG)");
            }
            String replacement = p.replacement() == null ? "" : " Use --unit=" + p.replacement() + ".";
            throw new ConfigurationException(messages.text(p.code().message(p.args())).en() + replacement);
        }
        return registry.find(upper, period.lastDay()).orElseThrow();
    }

}
