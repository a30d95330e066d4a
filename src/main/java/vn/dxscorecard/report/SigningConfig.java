package vn.dxscorecard.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.dxscorecard.report.pdf.OrganisationSeal;
import vn.dxscorecard.report.pdf.PdfSealer;
import vn.dxscorecard.shared.ConfigurationException;
import vn.dxscorecard.shared.SettingFiles;

/**
 * Opens the signing keystore at start, so that a launch with a keystore that cannot sign
 * stops with exit 2 naming the setting, before anything is published.
 */
@Configuration(proxyBeanMethods = false)
class SigningConfig {

    /** A PKCS#12 file of a key and a few certificates is a few kilobytes. */
    static final int MAX_KEYSTORE_BYTES = 256 * 1024;

    @Bean
    PdfSealer pdfSealer(SigningProperties signing, Clock clock) {
        if (signing.keystore() == null) {
            if (signing.alias() != null || signing.password() != null || signing.passwordFile() != null) {
                throw new ConfigurationException("dx.signing.alias and dx.signing.password sign only with"
                        + " dx.signing.keystore=FILE (a PKCS#12 file); set it, or unset them");
            }
            return PdfSealer.NONE;
        }
        if (signing.alias() == null || signing.alias().isBlank()) {
            throw new ConfigurationException("dx.signing.keystore needs dx.signing.alias: the key entry to sign with");
        }
        char[] password = password(signing);
        KeyStore store = open(signing, password);
        try {
            if (!store.isKeyEntry(signing.alias())) {
                throw new ConfigurationException("dx.signing.alias: " + signing.keystore() + " has no key entry '"
                        + signing.alias() + "'; its entries: " + Collections.list(store.aliases()));
            }
            PrivateKey key = (PrivateKey) store.getKey(signing.alias(), password);
            List<X509Certificate> chain = chain(signing, store.getCertificateChain(signing.alias()));
            checkValidity(chain.getFirst(), clock);
            return new OrganisationSeal(key, chain);
        }
        catch (UnrecoverableKeyException e) {
            throw new ConfigurationException("dx.signing.password: it does not unlock the key '" + signing.alias()
                    + "' in " + signing.keystore());
        }
        catch (GeneralSecurityException | IOException | IllegalArgumentException e) {
            throw new ConfigurationException(
                    "dx.signing.alias: the key '" + signing.alias() + "' cannot sign (" + e.getMessage() + ")");
        }
    }

    private static char[] password(SigningProperties signing) {
        if (signing.password() != null && signing.passwordFile() != null) {
            throw new ConfigurationException("dx.signing.password and dx.signing.password-file are both set: keep one");
        }
        if (signing.passwordFile() != null) {
            return SettingFiles.secret(signing.passwordFile(), "dx.signing.password-file").toCharArray();
        }
        if (signing.password() == null) {
            throw new ConfigurationException("dx.signing.keystore needs its password: the environment variable"
                    + " DX_SIGNING_PASSWORD or dx.signing.password-file=FILE");
        }
        return signing.password().toCharArray();
    }

    private static KeyStore open(SigningProperties signing, char[] password) {
        byte[] bytes = SettingFiles.read(signing.keystore(), MAX_KEYSTORE_BYTES, "the signing keystore");
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(bytes), password);
            return store;
        }
        catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new ConfigurationException(
                        "dx.signing.password: it does not open the keystore " + signing.keystore());
            }
            throw new ConfigurationException("dx.signing.keystore: " + signing.keystore()
                    + " cannot be opened as a PKCS#12 keystore (" + e.getMessage() + ")");
        }
        catch (GeneralSecurityException e) {
            throw new ConfigurationException("dx.signing.keystore: " + signing.keystore()
                    + " cannot be opened as a PKCS#12 keystore (" + e.getMessage() + ")");
        }
    }

    private static List<X509Certificate> chain(SigningProperties signing, Certificate[] certificates) {
        List<X509Certificate> chain = new ArrayList<>();
        for (Certificate certificate : certificates == null ? new Certificate[0] : certificates) {
            if (!(certificate instanceof X509Certificate x509)) {
                throw new ConfigurationException("dx.signing.alias: the chain of '" + signing.alias()
                        + "' holds a certificate that is not X.509");
            }
            chain.add(x509);
        }
        if (chain.isEmpty()) {
            throw new ConfigurationException(
                    "dx.signing.alias: the key '" + signing.alias() + "' has no certificate to sign with");
        }
        return chain;
    }

    /**
     * The signature claims the run's clock as its time: the certificate must cover it.
     */
    private static void checkValidity(X509Certificate certificate, Clock clock) {
        try {
            certificate.checkValidity(Date.from(clock.instant()));
        }
        catch (CertificateExpiredException | CertificateNotYetValidException e) {
            throw new ConfigurationException(
                    "dx.signing.alias: the certificate of '" + certificate.getSubjectX500Principal().getName()
                            + "' is valid from " + certificate.getNotBefore().toInstant() + " to "
                            + certificate.getNotAfter().toInstant() + ", not at the run's clock " + clock.instant());
        }
    }

}
