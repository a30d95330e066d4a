package vn.dxscorecard.ops;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
              --reference=DIR     folder with provinces.csv and ministries.csv, and optionally
                                  province-tiles.csv (default: shipped registry)
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

    /**
     * Secrets never taken from the command line (SPEC §6, §9), where every local user
     * reads them in {@code ps}: normalised as below, with what to use instead.
     */
    private static final Map<String, String> SECRETS = Map.of("dx.signing.password",
            "the environment variable DX_SIGNING_PASSWORD or --dx.signing.password-file=FILE", "spring.mail.password",
            "the environment variable SPRING_MAIL_PASSWORD or --dx.delivery.password-file=FILE");

    /**
     * Each option and the property it sets: one setting, so both on one command line is
     * two values for it.
     */
    private static final Map<String, String> PROPERTY_OF = Map.of("input", "dx.intake.folder", "output", "dx.output",
            "data", "dx.data", "catalogue", "dx.reference.catalogue", "reference", "dx.reference.registry",
            "recipients", "dx.delivery.recipients");

    /** Read once, when the first {@code --dx.*} option is met. */
    private static KnownSettings known;

    public static CommandLine parse(String... args) {
        Map<String, String> values = new HashMap<>();
        List<String> passThrough = new ArrayList<>();
        Map<String, String> settings = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new UsageException("unexpected argument '" + arg + "'; options look like --name=value");
            }
            String body = arg.substring(2);
            int eq = body.indexOf('=');
            String spelled = "--" + (eq < 0 ? body : body.substring(0, eq));
            String name = optionOf(spelled.substring(2));
            if (name.startsWith(OUR_SETTINGS) && !known().knows(name)) {
                throw new UsageException("unknown setting '--" + name + "': the dx.* settings are listed in README");
            }
            if (PASS_THROUGH.stream().anyMatch(name::startsWith)) {
                String setting = relaxed(name);
                SECRETS.entrySet()
                    .stream()
                    .filter(secret -> relaxed(secret.getKey()).equals(setting))
                    .findFirst()
                    .ifPresent(secret -> {
                        throw new UsageException("--" + name + " would show a password to every user of this machine"
                                + " (ps) and keep it in the shell's history: use " + secret.getValue());
                    });
                // Spring would join two values with a comma, or take one of them: neither
                // would be what was meant.
                once(settings, setting, spelled);
                passThrough.add(arg);
            }
            else if (VALUED.contains(name)) {
                if (eq < 0 || body.substring(eq + 1).isBlank()) {
                    throw new UsageException("option " + spelled + " needs a value: " + spelled + "=...");
                }
                once(settings, relaxed(PROPERTY_OF.getOrDefault(name, name)), spelled);
                values.put(name, body.substring(eq + 1).trim());
            }
            else if (FLAGS.contains(name)) {
                if (eq >= 0) {
                    throw new UsageException("option --" + name + " takes no value");
                }
                once(settings, name, spelled);
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

    /**
     * {@code dx.data} (in any spelling) is {@code data}: one setting, read and checked as
     * the option, so that it is never passed on beside the option's default.
     */
    private static String optionOf(String name) {
        return PROPERTY_OF.entrySet()
            .stream()
            .filter(option -> relaxed(option.getValue()).equals(relaxed(name)))
            .map(Map.Entry::getKey)
            .findFirst()
            .orElse(name);
    }

    /**
     * Records that {@code spelled} gives {@code setting}; a second value for it is exit
     * 2.
     */
    private static void once(Map<String, String> settings, String setting, String spelled) {
        String earlier = settings.putIfAbsent(setting, spelled);
        if (earlier != null) {
            throw new UsageException(earlier.equals(spelled) ? "option " + spelled + " is given twice"
                    : "options " + earlier + " and " + spelled + " set the same setting: give one");
        }
    }

    /** Names as Spring's relaxed binding compares them. */
    static String relaxed(String name) {
        return name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
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

    /**
     * An option's path: from the command line, else from the environment variable of its
     * property ({@code DX_DATA}), else the default. A value the configuration would read
     * as syntax is refused: a path is a value.
     */
    private static Path path(Map<String, String> values, String name, String fallback) {
        String variable = environmentVariable(PROPERTY_OF.get(name));
        String value = values.get(name);
        String source = "option --" + name;
        if (value == null && System.getenv(variable) != null && !System.getenv(variable).isBlank()) {
            value = System.getenv(variable).trim();
            source = "environment variable " + variable;
        }
        if (value == null) {
            value = fallback;
        }
        if (value == null) {
            return null;
        }
        if (value.contains("${") || value.chars().anyMatch(Character::isISOControl)) {
            throw new UsageException(source + ": '" + value.replaceAll("\\p{Cntrl}", "?") + "' cannot be carried"
                    + " literally by the configuration (a ${ placeholder or a control character): rename the folder");
        }
        Path path;
        try {
            path = Path.of(value).toAbsolutePath().normalize();
        }
        catch (InvalidPathException e) {
            throw new UsageException(source + ": '" + value + "' cannot be a path in this system's file"
                    + " name encoding (" + System.getProperty("sun.jnu.encoding") + "); run with LANG=C.UTF-8");
        }
        if (name.equals("data")) {
            DataFolder.checkLiteral(source, path);
        }
        return path;
    }

    /** {@code dx.intake.folder} → {@code DX_INTAKE_FOLDER}, as Spring binds it. */
    static String environmentVariable(String property) {
        return property.toUpperCase(Locale.ROOT).replace('.', '_').replace("-", "");
    }
}
