package vn.dxscorecard.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dxscorecard.ops.ExitCodes;
import vn.dxscorecard.support.JobHarness;
import vn.dxscorecard.support.JobProcess;
import vn.dxscorecard.support.SigningKeys;
import vn.dxscorecard.support.Stderr;

/**
 * A keystore that cannot sign stops the launch at start with exit 2 and one line naming
 * the setting, before anything is published; the password never shows (SPEC §6).
 */
class SigningSettingsTest {

    private static final String CLOCK = "--dx.clock=2026-01-16T02:00:00+07:00";

    @TempDir
    static Path workspace;

    private static SigningKeys keys;

    private static int launches;

    @BeforeAll
    static void makeKeys() throws IOException, GeneralSecurityException {
        keys = SigningKeys.organisation(workspace.resolve("keys"));
    }

    @Test
    void aFileThatIsNotAKeystoreIsRefused() throws IOException {
        Path notKeystore = Files.writeString(workspace.resolve("notes.p12"), "not a keystore\n");
        assertThat(refused("--dx.signing.keystore=" + notKeystore, "--dx.signing.password-file=" + keys.passwordFile(),
                "--dx.signing.alias=" + keys.alias()))
            .contains("dx.signing.keystore: " + notKeystore + " cannot be opened as a PKCS#12 keystore");
        assertThat(refused("--dx.signing.keystore=" + workspace.resolve("missing.p12"),
                "--dx.signing.password-file=" + keys.passwordFile(), "--dx.signing.alias=" + keys.alias()))
            .contains("missing.p12: cannot read the signing keystore");
    }

    @Test
    void aLinkOrAFolderIsNotAKeystore() throws IOException {
        Path link = Files.createSymbolicLink(workspace.resolve("link.p12"), keys.keystore());
        assertThat(refused("--dx.signing.keystore=" + link, "--dx.signing.password-file=" + keys.passwordFile(),
                "--dx.signing.alias=" + keys.alias()))
            .contains("link.p12: not a regular file (a link: name the file itself)");
        assertThat(refused("--dx.signing.keystore=" + workspace, "--dx.signing.password-file=" + keys.passwordFile(),
                "--dx.signing.alias=" + keys.alias()))
            .contains(": not a regular file");
    }

    @Test
    void aWrongPasswordIsRefusedWithoutShowingIt() throws IOException {
        Path wrong = SigningKeys.privateFile(workspace.resolve("wrong.password"), "sai-mat-khau-bi-mat");
        String line = refused("--dx.signing.keystore=" + keys.keystore(), "--dx.signing.password-file=" + wrong,
                "--dx.signing.alias=" + keys.alias());
        assertThat(line).contains("dx.signing.password: it does not open the keystore " + keys.keystore())
            .doesNotContain("sai-mat-khau-bi-mat");
        assertThat(refused("--dx.signing.keystore=" + keys.keystore(), "--dx.signing.alias=" + keys.alias()))
            .contains("dx.signing.keystore needs its password: the environment variable DX_SIGNING_PASSWORD");
    }

    @Test
    void aPasswordOnTheCommandLineIsRefusedWithoutShowingIt() {
        String line = refused("--dx.signing.keystore=" + keys.keystore(), "--dx.signing.password=" + keys.password(),
                "--dx.signing.alias=" + keys.alias());
        assertThat(line).contains("--dx.signing.password would show a password")
            .contains("DX_SIGNING_PASSWORD")
            .doesNotContain(keys.password());
    }

    @Test
    void anUnknownAliasIsRefusedNamingTheEntriesThereAre() {
        assertThat(refused("--dx.signing.keystore=" + keys.keystore(),
                "--dx.signing.password-file=" + keys.passwordFile(), "--dx.signing.alias=bo-truong"))
            .contains("dx.signing.alias: " + keys.keystore() + " has no key entry 'bo-truong'; its entries: [to-chuc]");
        assertThat(refused("--dx.signing.keystore=" + keys.keystore(),
                "--dx.signing.password-file=" + keys.passwordFile()))
            .contains("dx.signing.keystore needs dx.signing.alias");
        assertThat(refused("--dx.signing.alias=" + keys.alias())).contains("sign only with dx.signing.keystore=FILE");
    }

    @Test
    void aCertificateThatDoesNotCoverTheRunsClockIsRefused() throws IOException, GeneralSecurityException {
        SigningKeys expired = SigningKeys.create(workspace.resolve("expired"), "RSA",
                Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2025-12-31T00:00:00Z"));
        assertThat(refused(expired.options())).contains("dx.signing.alias: the certificate of")
            .contains("not at the run's clock 2026-01-15T19:00:00Z");
    }

    @Test
    void thePasswordMayComeFromTheEnvironment() throws IOException, InterruptedException {
        JobHarness job = new JobHarness(workspace.resolve("environment")).withSample("2025-Q4");
        JobProcess launch = JobProcess.start(job,
                new JobProcess.Launch(List.of(), Map.of("DX_SIGNING_PASSWORD", keys.password())), "--period=2025-Q4",
                CLOCK, "--dx.signing.keystore=" + keys.keystore(), "--dx.signing.alias=" + keys.alias());
        assertThat(launch.waitForExit()).as(launch.output()).isZero();
        assertThat(launch.output()).doesNotContain(keys.password());
        try (PDDocument summary = Loader.loadPDF(job.periodDir("2025-Q4").resolve("national-summary.pdf").toFile())) {
            assertThat(summary.getSignatureDictionaries()).hasSize(1);
        }
        assertThat(Files.readString(job.periodDir("2025-Q4").resolve("manifest.json"), StandardCharsets.UTF_8))
            .doesNotContain(keys.password());
    }

    private static String refused(String... signing) {
        JobHarness job;
        try {
            job = new JobHarness(workspace.resolve("job" + launches++)).withSample("2025-Q4");
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
        List<String> args = new ArrayList<>(List.of("--period=2025-Q4", CLOCK));
        args.addAll(List.of(signing));
        Stderr launch = Stderr.of(() -> job.run(args.toArray(String[]::new)));
        assertThat(launch.code()).as(launch.text()).isEqualTo(ExitCodes.BAD_ARGUMENTS);
        assertThat(launch.text()).hasLineCount(1).doesNotContain(keys.password());
        assertThat(job.periodDir("2025-Q4")).doesNotExist();
        return launch.text();
    }

}
