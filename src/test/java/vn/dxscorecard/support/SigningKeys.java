package vn.dxscorecard.support;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A signing key and a self-signed certificate made at test time with Bouncy Castle, kept
 * in a PKCS#12 file as an operator would be given one.
 */
public record SigningKeys(Path keystore, Path passwordFile, String password, String alias,
        X509Certificate certificate) {

    public static final String ORGANISATION = "CN=Cục Chuyển đổi số quốc gia (thử nghiệm),O=dx-scorecard tests,C=VN";

    /** A password file as README asks for it: readable by its owner only. */
    public static Path privateFile(Path file, String password) throws IOException {
        Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    /** An RSA key whose certificate covers every clock the tests use (2025 to 2030). */
    public static SigningKeys organisation(Path dir) throws IOException, GeneralSecurityException {
        return create(dir, "RSA", Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2030-01-01T00:00:00Z"));
    }

    /**
     * @param algorithm {@code RSA} or {@code EC}
     * @param validFrom and {@code validTo}: the certificate's validity
     */
    public static SigningKeys create(Path dir, String algorithm, Instant validFrom, Instant validTo)
            throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
        generator.initialize(algorithm.equals("RSA") ? 2048 : 256);
        KeyPair pair = generator.generateKeyPair();
        X500Name name = new X500Name(ORGANISATION);
        String signatureAlgorithm = algorithm.equals("RSA") ? "SHA256withRSA" : "SHA256withECDSA";
        X509Certificate certificate;
        try {
            certificate = new JcaX509CertificateConverter()
                .getCertificate(new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(validFrom.getEpochSecond()),
                        Date.from(validFrom), Date.from(validTo), name, pair.getPublic())
                    .addExtension(Extension.keyUsage, true,
                            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                    .build(new JcaContentSignerBuilder(signatureAlgorithm).build(pair.getPrivate())));
        }
        catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
        String password = "mật-khẩu thử " + algorithm;
        String alias = "to-chuc";
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(alias, pair.getPrivate(), password.toCharArray(), new Certificate[] { certificate });
        Files.createDirectories(dir);
        Path keystore = dir.resolve("seal-" + algorithm + ".p12");
        try (OutputStream out = Files.newOutputStream(keystore)) {
            store.store(out, password.toCharArray());
        }
        Path passwordFile = dir.resolve("seal-" + algorithm + ".password");
        privateFile(passwordFile, password);
        return new SigningKeys(keystore, passwordFile, password, alias, certificate);
    }

    /**
     * The options that make a run sign with this key, the password read from its file.
     */
    public String[] options() {
        return new String[] { "--dx.signing.keystore=" + keystore, "--dx.signing.password-file=" + passwordFile,
                "--dx.signing.alias=" + alias };
    }

}
