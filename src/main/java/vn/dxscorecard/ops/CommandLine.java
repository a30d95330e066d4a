package vn.dxscorecard.ops;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.dxscorecard.shared.Period;

/**
 * The command line of SPEC §7. Spring Boot would silently ignore a misspelt option; here
 * any unknown option is an error. {@code --spring.*}, {@code --logging.*} and
 * {@code --dx.*} pass through to the configuration.
 */
public record CommandLine(Optional<Period> period, Path input, Path output, Path data, Path catalogue, Path reference,
        Path recipients, boolean rerun, boolean help, boolean template, Optional<String> unit,
        List<String> passThrough) {

    public static final String USAGE = """
            Usage: dx-scorecard [options]
              --period=YYYY-Qn    quarter to score (default: the last quarter that has ended)
              --input=DIR         folder of submissions <UNIT>_<PERIOD>[_rN].csv (default: input)
              --output=DIR        where output/<period>/ is written (default: output)
              --data=DIR          H2 database folder: our data and the job repository (default: data)
              --catalogue=DIR     folder with pillars.csv and indicators.csv (default: shipped catalogue)
              --reference=DIR     folder with provinces.csv and ministries.csv (default: shipped registry)
              --recipients=FILE   who is mailed what (unit_code,role,name,email), checked at start; with
                                  --dx.delivery.mode=eml or smtp and --dx.delivery.from=ADDRESS
              --rerun             publish the period's next edition even if no file changed: provisional
                                  while the period is open, a correction once it is final
              --template          write the submission templates for the period instead of running the job:
                                  output/<period>/templates/<UNIT>_<PERIOD>.csv, one per unit that reports
              --unit=CODE         with --template: only this unit's template
              --help              print this help
              --spring.*=, --logging.*=, --dx.*=   passed to the configuration (e.g. another database)
            Exit codes: 0 completed, 1 failed, 2 bad arguments or configuration, 3 another run holds the lock,
            4 published but some messages could not be delivered yet (the next launch retries them).
            """;

    private static final List<String> VALUED = List.of("period", "input", "output", "data", "catalogue", "reference",
            "recipients", "unit");

    private static final List<String> FLAGS = List.of("rerun", "help", "template");

    private static final String OUR_SETTINGS = "dx.";

    private static final List<String> PASS_THROUGH = List.of("spring.", "logging.", OUR_SETTINGS);

    /** A secret never taken from the command line (SPEC §6): normalised as below. */
    private static final String SIGNING_PASSWORD = "dx.signing.password";

    /** Read once, when the first {@code --dx.*} option is met. */
    private static KnownSettings known;

    public static CommandLine parse(String... args) {
        Map<String, String> values = new HashMap<>();
        List<String> passThrough = new ArrayList<>();
        Set<String> settings = new HashSet<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new UsageException("unexpected argument '" + arg + "'; options look like --name=value");
            }
            String body = arg.substring(2);
            int eq = body.indexOf('=');
            String name = eq < 0 ? body : body.substring(0, eq);
            if (name.startsWith(OUR_SETTINGS) && !known().knows(name)) {
                throw new UsageException("unknown setting '--" + name + "': the dx.* settings are listed in README");
            }
            if (PASS_THROUGH.stream().anyMatch(name::startsWith)) {
                String setting = name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
                if (setting.equals(SIGNING_PASSWORD)) {
                    throw new UsageException("--" + name + " would show the signing password to every user of this"
                            + " machine (ps) and keep it in the shell's history: set the environment variable"
                            + " DX_SIGNING_PASSWORD or --dx.signing.password-file=FILE");
                }
                if (!settings.add(setting)) {
                    // Spring would join the two values with a comma; neither would be
                    // what was meant.
                    throw new UsageException("setting --" + name + " is given twice");
                }
                passThrough.add(arg);
            }
            else if (VALUED.contains(name)) {
                if (eq < 0 || body.substring(eq + 1).isBlank()) {
                    throw new UsageException("option --" + name + " needs a value: --" + name + "=...");
                }
                if (values.put(name, body.substring(eq + 1).trim()) != null) {
                    throw new UsageException("option --" + name + " is given twice");
                }
            }
            else if (FLAGS.contains(name)) {
                if (eq >= 0) {
                    throw new UsageException("option --" + name + " takes no value");
                }
                values.put(name, "true");
            }
            else {
                throw new UsageException("unknown option '" + arg + "'");
            }
        }
        Optional<Period> period = Optional.empty();
        if (values.containsKey("period")) {
            String text = values.get("period");
            period = Optional.of(Period.parse(text)
                .orElseThrow(() -> new UsageException(
                        "malformed period '" + text + "': expected YYYY-Qn with n from 1 to 4, e.g. 2025-Q3")));
        }
        boolean template = values.containsKey("template");
        if (values.containsKey("unit") && !template) {
            throw new UsageException("option --unit is only for --template");
        }
        if (template && values.containsKey("rerun")) {
            throw new UsageException("options --template and --rerun cannot be combined");
        }
        return new CommandLine(period, path(values, "input", "input"), path(values, "output", "output"),
                path(values, "data", "data"), path(values, "catalogue", null), path(values, "reference", null),
                path(values, "recipients", null), values.containsKey("rerun"), values.containsKey("help"), template,
                Optional.ofNullable(values.get("unit")), List.copyOf(passThrough));
    }

    private static synchronized KnownSettings known() {
        if (known == null) {
            known = KnownSettings.load();
        }
        return known;
    }

    /**
     * Checks the folders that must exist before anything starts; templates read no input.
     */
    public void checkFolders() {
        if (!template) {
            folder("--input", input);
        }
        if (catalogue != null) {
            folder("--catalogue", catalogue);
        }
        if (reference != null) {
            folder("--reference", reference);
        }
    }

    /**
     * Our options as the settings they stand for, with absolute paths (H2 refuses
     * implicit relative paths).
     */
    public List<String> springArguments() {
        List<String> args = new ArrayList<>(passThrough);
        args.add("--dx.intake.folder=" + input);
        args.add("--dx.output=" + output);
        args.add("--dx.data=" + data);
        if (catalogue != null) {
            args.add("--dx.reference.catalogue=" + catalogue);
        }
        if (reference != null) {
            args.add("--dx.reference.registry=" + reference);
        }
        if (recipients != null) {
            args.add("--dx.delivery.recipients=" + recipients);
        }
        return args;
    }

    private static void folder(String option, Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new UsageException(option + " folder does not exist: " + dir);
        }
    }

    private static Path path(Map<String, String> values, String name, String fallback) {
        String value = values.getOrDefault(name, fallback);
        if (value == null) {
            return null;
        }
        try {
            return Path.of(value).toAbsolutePath().normalize();
        }
        catch (InvalidPathException e) {
            throw new UsageException("option --" + name + ": '" + value + "' cannot be a path in this system's file"
                    + " name encoding (" + System.getProperty("sun.jnu.encoding") + "); run with LANG=C.UTF-8");
        }
    }
}
