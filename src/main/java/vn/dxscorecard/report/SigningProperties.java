package vn.dxscorecard.report;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The publishing organisation's signature on every PDF (SPEC §6); without a keystore the
 * PDFs are unsigned.
 *
 * @param keystore a PKCS#12 file holding the organisation's key and certificate chain
 * @param password the keystore's password: from the environment
 * ({@code DX_SIGNING_PASSWORD}) or a settings file, never the command line
 * @param passwordFile a file whose first line is the password, instead of
 * {@code password}
 * @param alias the key entry to sign with
 */
@ConfigurationProperties("dx.signing")
public record SigningProperties(Path keystore, String password, Path passwordFile, String alias) {

    /** Never the password, wherever the record is printed. */
    @Override
    public String toString() {
        return "SigningProperties[keystore=" + keystore + ", password=" + (password == null ? "unset" : "***")
                + ", passwordFile=" + passwordFile + ", alias=" + alias + "]";
    }

}
