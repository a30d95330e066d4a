package vn.dxscorecard.report.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.cert.X509Certificate;
import java.util.List;

import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.jcajce.io.OutputStreamFactory;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The CMS part of a PAdES baseline B-B signature: a detached SignedData over the bytes
 * the PDF's {@code /ByteRange} covers, whose signed attributes are the content type, the
 * message digest and the signing certificate (ESS signing-certificate-v2), and no signing
 * time: PAdES puts the claimed time in the signature dictionary's {@code /M}. Both key
 * types sign deterministically (RSA PKCS#1 v1.5, ECDSA with RFC 6979 nonces), so a rerun
 * with the same clock and key gives the same bytes.
 */
final class CadesSignature {

    private static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();

    private final PrivateKey key;

    private final List<X509Certificate> chain;

    /**
     * @param chain the signer's certificate first
     */
    CadesSignature(PrivateKey key, List<X509Certificate> chain) {
        this.key = key;
        this.chain = List.copyOf(chain);
        if (!key.getAlgorithm().equals("RSA") && !key.getAlgorithm().equals("EC")) {
            throw new IllegalArgumentException(
                    "a " + key.getAlgorithm() + " key cannot sign here: use an RSA or EC key");
        }
    }

    X509Certificate certificate() {
        return chain.getFirst();
    }

    /** The DER bytes of the SignedData for {@code signedBytes}. */
    byte[] sign(byte[] signedBytes) throws IOException {
        try {
            ContentSigner signer = key.getAlgorithm().equals("EC") ? deterministicEcdsa()
                    : new JcaContentSignerBuilder("SHA256withRSA").setProvider(PROVIDER).build(key);
            SignerInfoGenerator signerInfo = new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().setProvider(PROVIDER).build())
                .setSignedAttributeGenerator(signedAttributes())
                .build(signer, certificate());
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(signerInfo);
            generator.addCertificates(new JcaCertStore(chain));
            return generator.generate(new CMSProcessableByteArray(signedBytes), false).getEncoded("DER");
        }
        catch (OperatorCreationException | CMSException | GeneralSecurityException e) {
            throw new IOException("cannot sign: " + e.getMessage(), e);
        }
    }

    /**
     * ECDSA with the nonce derived from the key and the message (RFC 6979): the signature
     * algorithm is the usual ecdsa-with-SHA256, only the nonce is not random. Bouncy
     * Castle's operator builder does not know this variant by name.
     */
    private ContentSigner deterministicEcdsa() throws GeneralSecurityException {
        Signature signature = Signature.getInstance("SHA256withECDDSA", PROVIDER);
        signature.initSign(key);
        AlgorithmIdentifier algorithm = new AlgorithmIdentifier(X9ObjectIdentifiers.ecdsa_with_SHA256);
        OutputStream out = OutputStreamFactory.createStream(signature);
        return new ContentSigner() {
            @Override
            public AlgorithmIdentifier getAlgorithmIdentifier() {
                return algorithm;
            }

            @Override
            public OutputStream getOutputStream() {
                return out;
            }

            @Override
            public byte[] getSignature() {
                try {
                    return signature.sign();
                }
                catch (SignatureException e) {
                    throw new IllegalStateException("cannot sign: " + e.getMessage(), e);
                }
            }
        };
    }

    private CMSAttributeTableGenerator signedAttributes() throws GeneralSecurityException {
        Attribute signingCertificate = new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] { certificateId() })));
        DefaultSignedAttributeTableGenerator defaults = new DefaultSignedAttributeTableGenerator(
                new AttributeTable(new DERSet(signingCertificate)));
        return parameters -> defaults.getAttributes(parameters).remove(CMSAttributes.signingTime);
    }

    private ESSCertIDv2 certificateId() throws GeneralSecurityException {
        X509Certificate certificate = certificate();
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        IssuerSerial issuer = new IssuerSerial(
                new GeneralNames(
                        new GeneralName(X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))),
                certificate.getSerialNumber());
        return new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash, issuer);
    }

}
