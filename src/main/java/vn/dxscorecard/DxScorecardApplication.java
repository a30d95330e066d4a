package vn.dxscorecard;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.time.Instant;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.validation.FieldError;

import vn.dxscorecard.intake.TemplateWriter;
import vn.dxscorecard.ops.CommandLine;
import vn.dxscorecard.ops.DataFolder;
import vn.dxscorecard.ops.DatabaseRunLock;
import vn.dxscorecard.ops.ExitCodes;
import vn.dxscorecard.ops.GracefulShutdown;
import vn.dxscorecard.ops.OutputFolder;
import vn.dxscorecard.ops.RunLock;
import vn.dxscorecard.ops.ScorecardRunner;
import vn.dxscorecard.ops.UsageException;
import vn.dxscorecard.shared.ConfigurationException;
import vn.dxscorecard.shared.Failures;

/**
 * The command-line entry point: parses the options itself so that every outcome has its
 * own exit code.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DxScorecardApplication {

    private static final Logger log = LoggerFactory.getLogger(DxScorecardApplication.class);

    /**
     * H2's "file corrupted" and "unsupported file version": a damaged database file, exit
     * 2 (SPEC §7).
     */
    private static final Set<Integer> DAMAGED_DATABASE = Set.of(90030, 90048);

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs one launch and returns its exit code (SPEC §7); {@link #main} only adds
     * {@code System.exit}.
     */
    public static int run(String... args) {
        CommandLine options;
        try {
            options = CommandLine.parse(args);
            if (options.help()) {
                System.out.print(CommandLine.USAGE);
                return ExitCodes.COMPLETED;
            }
            options.checkFolders();
            OutputFolder.check(options.output());
            if (!options.template()) {
                Files.createDirectories(options.data());
                DataFolder.checkOwnFiles(options.data());
            }
        }
        catch (UsageException e) {
            System.err.println("dx-scorecard: " + e.getMessage() + " (see --help)");
            return ExitCodes.BAD_ARGUMENTS;
        }
        catch (IOException e) {
            System.err.println("dx-scorecard: cannot create the data folder: " + e.getMessage());
            return ExitCodes.BAD_ARGUMENTS;
        }
        if (options.template()) {
            return templates(options);
        }
        GracefulShutdown.install();
        try (RunLock lock = RunLock.acquire(options.data(), Instant.now())) {
            DataFolder.checkDatabase(options.data());
            SpringApplication application = new SpringApplication(DxScorecardApplication.class);
            // Our own hook stops the job first (GracefulShutdown); Spring's would close
            // the database under it.
            application.setRegisterShutdownHook(false);
            try (ConfigurableApplicationContext context = application
                .run(options.springArguments().toArray(String[]::new));
                    DatabaseRunLock.Held shared = context.getBean(DatabaseRunLock.class).acquire()) {
                return context.getBean(ScorecardRunner.class).run(options.period(), options.rerun(), lock);
            }
        }
        catch (RunLock.LockedException e) {
            System.err.println("dx-scorecard: " + e.getMessage());
            return ExitCodes.LOCKED;
        }
        catch (Exception e) {
            return failure(e, options);
        }
        finally {
            GracefulShutdown.runEnded();
        }
    }

    /**
     * Templates need only the catalogue and the registry: no lock, no database, no job
     * (lazy context).
     */
    private static int templates(CommandLine options) {
        SpringApplication application = new SpringApplication(DxScorecardApplication.class);
        application.setLazyInitialization(true);
        try (ConfigurableApplicationContext context = application
            .run(options.springArguments().toArray(String[]::new))) {
            context.getBean(TemplateWriter.class).write(options.period(), options.unit());
            return ExitCodes.COMPLETED;
        }
        catch (Exception e) {
            return failure(e, options);
        }
    }

    private static int failure(Exception e, CommandLine options) {
        String problem = configurationProblem(e);
        if (problem != null) {
            System.err.println("dx-scorecard: " + problem);
            return ExitCodes.BAD_ARGUMENTS;
        }
        log.error("The job failed: {} (the log file has the details, if it could be written)", cause(e, options), e);
        return ExitCodes.FAILED;
    }

    /**
     * What was wrong with the options, the settings or the reference files, in one line;
     * null for anything else.
     */
    private static String configurationProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConfigurationException) {
                return t.getMessage();
            }
            if (t instanceof BindException bind) {
                return badSetting(bind);
            }
            if (t instanceof SQLException sql && DAMAGED_DATABASE.contains(sql.getErrorCode())) {
                return "the database is damaged: " + sql.getMessage().lines().findFirst().orElse("")
                        + " Restore it from a backup, or move it away to start a new history.";
            }
        }
        return null;
    }

    /**
     * What the console line says went wrong ({@link Failures}), and for the embedded
     * database, which H2 does not name, its folder.
     */
    private static String cause(Throwable e, CommandLine options) {
        boolean database = false;
        IOException io = null;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof FileSystemException named && named.getFile() != null) {
                return Failures.describe(named);
            }
            database |= t instanceof SQLException || t.getClass().getName().startsWith("org.h2.");
            if (t instanceof IOException found) {
                io = found;
            }
        }
        if (database && io != null) {
            // H2 names the channel, not the file: the file is ours to name
            return "the database in " + options.data() + " cannot be written (" + io.getMessage()
                    + "): a full disk or a file size limit there?";
        }
        return Failures.describe(e);
    }

    private static String badSetting(BindException bind) {
        if (bind.getCause() instanceof BindValidationException invalid) {
            String prefix = invalid.getValidationErrors().getName().toString();
            return "bad setting " + invalid.getValidationErrors()
                .getAllErrors()
                .stream()
                .map(error -> (error instanceof FieldError field
                        ? prefix + "." + kebab(field.getField()) + "=" + field.getRejectedValue() + ": " : "")
                        + error.getDefaultMessage())
                .collect(Collectors.joining("; "));
        }
        String value = (bind.getProperty() == null) ? "" : "=" + bind.getProperty().getValue();
        Throwable cause = bind.getCause();
        while (cause != null && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return "bad setting " + bind.getName() + value + ((cause == null) ? "" : ": " + cause.getMessage());
    }

    /** {@code validationChunk} as the operator writes it: {@code validation-chunk}. */
    private static String kebab(String field) {
        return field.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

}
