package vn.dxscorecard.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dxscorecard.shared.Sha256;
import vn.dxscorecard.support.JobHarness;
import vn.dxscorecard.support.PdfA;
import vn.dxscorecard.support.SigningKeys;

/**
 * A sample quarter signed with a key and certificate made here: every PDF carries the
 * organisation's PAdES signature, checked with PDFBox and Bouncy Castle, and is still
 * PDF/A-2b (SPEC §6).
 */
class SignedPdfsTest {

    private static final String PERIOD = "2025-Q4";

    private static final OffsetDateTime CLOCK = OffsetDateTime.parse("2026-01-16T02:00:00+07:00");

    @TempDir
    static Path workspace;

    private static SigningKeys keys;

    private static JobHarness job;

    @BeforeAll
    static void runSigned() throws IOException, GeneralSecurityException {
        keys = SigningKeys.organisation(workspace.resolve("keys"));
        job = signedRun(workspace.resolve("first"));
    }

    private static JobHarness signedRun(Path root) throws IOException {
        JobHarness run = new JobHarness(root).withSample("2025-Q3", PERIOD);
        List<String> args = new ArrayList<>(List.of("--period=" + PERIOD, "--dx.clock=" + CLOCK));
        args.addAll(List.of(keys.options()));
        assertThat(run.run(args.toArray(String[]::new))).isZero();
        return run;
    }

    @Test
    void everyPdfIsSignedOnceByTheOrganisationAndStaysPdfA2b() throws Exception {
        List<Path> pdfs = PdfA.assertEveryPdfCompliant(job.periodDir(PERIOD));
        assertThat(pdfs).hasSizeGreaterThan(40);
        for (Path pdf : pdfs) {
            Signed signed = Signed.read(pdf);
            assertThat(signed.verifiedBy(keys.certificate())).as(pdf.getFileName().toString()).isTrue();
        }
    }

    @Test
    void theSignatureIsPadesBaselineBCoveringTheWholeFileButItsOwnContents() throws Exception {
        Path pdf = job.periodDir(PERIOD).resolve("scorecards/BCT-bo-cong-thuong.pdf");
        byte[] file = Files.readAllBytes(pdf);
        Signed signed = Signed.read(pdf);
        int[] range = signed.byteRange();
        assertThat(range[0]).isZero();
        assertThat(range[2] + range[3]).as("the range reaches the end of the file").isEqualTo(file.length);
        // The gap is exactly the /Contents hex string, its angle brackets included.
        String gap = new String(file, range[1], range[2] - range[1], StandardCharsets.US_ASCII);
        assertThat(gap).startsWith("<").endsWith(">").matches("<[0-9A-Fa-f]+>");
        assertThat(signed.subFilter()).isEqualTo("ETSI.CAdES.detached");
        assertThat(signed.filter()).isEqualTo("Adobe.PPKLite");
        assertThat(signed.reason()).isEqualTo("Công bố kết quả đánh giá chuyển đổi số");
        assertThat(signed.signingTime()).isEqualTo(CLOCK.toInstant());
        assertThat(signed.signerCertificate()).isEqualTo(keys.certificate());
        SignerInformation signer = signed.signer();
        assertThat(signer.getSignedAttributes().get(CMSAttributes.signingTime))
            .as("PAdES B-B: the time is the dictionary's /M, not a CMS attribute")
            .isNull();
        assertThat(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
        assertThat(signer.getDigestAlgOID()).isEqualTo("2.16.840.1.101.3.4.2.1");
        assertThat(signed.verifiedBy(keys.certificate())).isTrue();
    }

    @Test
    void aChangedByteBreaksTheSignature() throws Exception {
        Path pdf = job.periodDir(PERIOD).resolve("national-summary.pdf");
        byte[] file = Files.readAllBytes(pdf);
        int[] range = Signed.read(pdf).byteRange();
        for (int position : new int[] { range[1] / 2, range[2] + range[3] / 2 }) {
            byte[] changed = file.clone();
            changed[position] ^= 0x01;
            Path copy = workspace.resolve("changed-" + position + ".pdf");
            Files.write(copy, changed);
            assertThat(Signed.read(copy).verifiedBy(keys.certificate())).as("byte " + position + " changed").isFalse();
        }
    }

    @Test
    void theManifestListsTheSignedFiles() throws IOException {
        JsonNode manifest = JsonMapper.shared().readTree(job.periodDir(PERIOD).resolve("manifest.json").toFile());
        int pdfs = 0;
        for (JsonNode output : manifest.get("outputs")) {
            String path = output.get("path").asString();
            if (path.endsWith(".pdf")) {
                pdfs++;
                assertThat(output.get("sha256").asString())
                    .isEqualTo(Sha256.of(Files.readAllBytes(job.periodDir(PERIOD).resolve(path))));
                assertThat(Signed.read(job.periodDir(PERIOD).resolve(path)).byteRange()).isNotNull();
            }
        }
        assertThat(pdfs).isGreaterThan(40);
    }

    @Test
    void aRerunWithTheSameClockAndKeyGivesTheSameBytes() throws IOException {
        JobHarness again = signedRun(workspace.resolve("again"));
        assertThat(digests(again.periodDir(PERIOD))).isEqualTo(digests(job.periodDir(PERIOD)));
    }

    private static Map<String, String> digests(Path dir) throws IOException {
        Map<String, String> digests = new TreeMap<>();
        for (Path pdf : PdfA.pdfsUnder(dir)) {
            digests.put(dir.relativize(pdf).toString(), Sha256.of(Files.readAllBytes(pdf)));
        }
        return digests;
    }

    /** The one signature of a PDF, as PDFBox and Bouncy Castle read it. */
    record Signed(PDSignature dictionary, byte[] file) {

        static Signed read(Path pdf) throws IOException {
            byte[] file = Files.readAllBytes(pdf);
            try (PDDocument document = Loader.loadPDF(file)) {
                List<PDSignature> signatures = document.getSignatureDictionaries();
                assertThat(signatures).as(pdf.getFileName() + " has one signature").hasSize(1);
                return new Signed(signatures.getFirst(), file);
            }
        }

        int[] byteRange() {
            return dictionary.getByteRange();
        }

        String filter() {
            return dictionary.getFilter();
        }

        String subFilter() {
            return dictionary.getSubFilter();
        }

        String reason() {
            return dictionary.getReason();
        }

        Instant signingTime() {
            return dictionary.getSignDate().toInstant();
        }

        /**
         * The zeros that pad /Contents to its reserved size are not part of the CMS: read
         * its one DER object, as a PDF reader does.
         */
        CMSSignedData cms() throws IOException, CMSException {
            try (ASN1InputStream in = new ASN1InputStream(dictionary.getContents())) {
                return new CMSSignedData(new CMSProcessableByteArray(dictionary.getSignedContent(file)),
                        ContentInfo.getInstance(in.readObject()));
            }
        }

        SignerInformation signer() throws IOException, CMSException {
            Collection<SignerInformation> signers = cms().getSignerInfos().getSigners();
            assertThat(signers).hasSize(1);
            return signers.iterator().next();
        }

        X509Certificate signerCertificate() throws IOException, CMSException, GeneralSecurityException {
            SignerInformation signer = signer();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = cms().getCertificates().getMatches(signer.getSID());
            assertThat(matches).hasSize(1);
            return new JcaX509CertificateConverter().getCertificate(matches.iterator().next());
        }

        /** The digest of the covered bytes matches and the signature verifies. */
        boolean verifiedBy(X509Certificate certificate) throws IOException, OperatorCreationException {
            try {
                return signer().verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
            }
            catch (CMSException e) {
                return false;
            }
        }

    }

}
