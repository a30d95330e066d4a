package vn.dxscorecard.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dxscorecard.shared.Messages;
import vn.dxscorecard.support.PdfA;
import vn.dxscorecard.support.SigningKeys;

/** Both key types the seal accepts sign deterministically and stay PDF/A-2b. */
class OrganisationSealTest {

    private static final Instant CLOCK = Instant.parse("2026-01-15T19:00:00Z");

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @TempDir
    Path dir;

    @Test
    void anEcKeySignsTheSameBytesTwiceAndTheSignatureVerifies() throws Exception {
        SigningKeys keys = SigningKeys.create(dir, "EC", Instant.parse("2025-01-01T00:00:00Z"),
                Instant.parse("2030-01-01T00:00:00Z"));
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(keys.keystore())) {
            store.load(in, keys.password().toCharArray());
        }
        OrganisationSeal seal = new OrganisationSeal(
                (PrivateKey) store.getKey(keys.alias(), keys.password().toCharArray()),
                List.of((X509Certificate) store.getCertificate(keys.alias())));
        Path unsigned = dir.resolve("unsigned.pdf");
        PdfDocs.write(unsigned,
                new PdfDocs.Meta("Tiêu đề", "Chủ đề", "Chân trang", "unsigned.pdf",
                        new ArchivalMetadata.Provenance("BCT", "Bộ Công Thương", "2025-Q4", 1, "Bản chính thức",
                                "2024-2026.1"),
                        CLOCK, VIETNAM),
                new Words(Messages.catalogue()),
                (document, writer) -> document.add(PdfTables.paragraph("Chữ ký số", PdfTheme.regular(PdfTables.BODY))),
                PdfSealer.NONE);
        byte[] pdf = Files.readAllBytes(unsigned);
        byte[] first = seal.seal(pdf, CLOCK, VIETNAM);
        assertThat(seal.seal(pdf, CLOCK, VIETNAM)).isEqualTo(first);
        Path signed = Files.write(dir.resolve("signed.pdf"), first);
        SignedPdfsTest.Signed signature = SignedPdfsTest.Signed.read(signed);
        assertThat(signature.verifiedBy(keys.certificate())).isTrue();
        assertThat(signature.signingTime()).isEqualTo(CLOCK);
        assertThat(signature.signer().getEncryptionAlgOID()).as("ecdsa-with-SHA256").isEqualTo("1.2.840.10045.4.3.2");
        assertThat(PdfA.validate(signed).failedRules()).isEmpty();
    }

}
