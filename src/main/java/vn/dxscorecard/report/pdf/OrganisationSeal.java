package vn.dxscorecard.report.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfEncryption;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfSignature;
import org.openpdf.text.pdf.PdfSignatureAppearance;
import org.openpdf.text.pdf.PdfStamper;
import org.openpdf.text.pdf.PdfString;

import vn.dxscorecard.shared.Sha256;

/**
 * The publishing organisation's invisible PAdES baseline B-B signature (SPEC §6), added
 * to a finished PDF/A-2b file as an incremental update, so the signed revision keeps the
 * output intent and the XMP packet. Everything the stamper would take from the clock or a
 * random source (the signing and modification dates, the file ID's changing half) is
 * fixed from the run's clock and the file's own bytes.
 */
public final class OrganisationSeal implements PdfSealer {

    /** SPEC §6 words the reason. */
    public static final String REASON = "Công bố kết quả đánh giá chuyển đổi số";

    static final String FIELD = "ChuKyToChuc";

    private static final PdfName CADES_DETACHED = new PdfName("ETSI.CAdES.detached");

    private final CadesSignature cades;

    /** The reserved room for the CMS: the size of one made from nothing, and a margin. */
    private final int contentsBytes;

    /**
     * @param chain the signer's certificate first, then the certificates that issued it
     * @throws IllegalArgumentException when the key cannot sign here
     */
    public OrganisationSeal(PrivateKey key, List<X509Certificate> chain) throws IOException {
        this.cades = new CadesSignature(key, chain);
        this.contentsBytes = cades.sign(new byte[0]).length + 64;
    }

    public X509Certificate certificate() {
        return cades.certificate();
    }

    @Override
    public byte[] seal(byte[] pdf, Instant signingTime, ZoneId zone) throws IOException {
        GregorianCalendar time = GregorianCalendar.from(signingTime.atZone(zone));
        ByteArrayOutputStream signed = new ByteArrayOutputStream(pdf.length + 2 * contentsBytes + 4096);
        try {
            PdfReader reader = new PdfReader(pdf);
            PdfStamper stamper = PdfStamper.createSignature(reader, signed, null, null, true);
            stamper.setEnforcedModificationDate(time);
            stamper.setOverrideFileId(PdfEncryption.createInfoId(reader.getDocumentId(), changingId(pdf)));
            PdfSignatureAppearance appearance = stamper.getSignatureAppearance();
            appearance.setSignDate(time);
            appearance.setReason(REASON);
            appearance.setFieldNameForInvisibleSignatures(FIELD);
            appearance.setCryptoDictionary(new PdfSignature(PdfName.ADOBE_PPKLITE, CADES_DETACHED));
            appearance.preClose(new HashMap<>(Map.of(PdfName.CONTENTS, 2 * contentsBytes + 2)));
            byte[] cms = cades.sign(appearance.getRangeStream().readAllBytes());
            if (cms.length > contentsBytes) {
                throw new IOException(
                        "the signature takes " + cms.length + " bytes, more than the " + contentsBytes + " reserved");
            }
            PdfDictionary contents = new PdfDictionary();
            contents.put(PdfName.CONTENTS, new PdfString(Arrays.copyOf(cms, contentsBytes)).setHexWriting(true));
            appearance.close(contents);
        }
        catch (DocumentException e) {
            throw new IOException("cannot sign: " + e.getMessage(), e);
        }
        return signed.toByteArray();
    }

    /** The second half of the signed revision's file ID: new content, new ID. */
    private static byte[] changingId(byte[] pdf) {
        return Arrays.copyOf(Sha256.newDigest().digest(pdf), 16);
    }

}
