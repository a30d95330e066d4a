package vn.dxscorecard.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF, the PDF Association's reference validator, run in the test JVM against
 * PDF/A-2b (ISO 19005-2, level B).
 */
public final class PdfA {

    /** One validated file: its verdict and every failed rule with veraPDF's words. */
    public record Verdict(boolean compliant, int checks, Map<String, String> failedRules) {

        public String summary() {
            return (compliant ? "PDF/A-2B compliant" : "PDF/A-2B NOT compliant") + ", " + checks + " checks, "
                    + failedRules.size() + " failed rules" + (failedRules.isEmpty() ? "" : ": " + failedRules);
        }

    }

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfA() {
    }

    public static Verdict validate(Path pdf) throws IOException {
        try (InputStream in = Files.newInputStream(pdf);
                PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFA_2_B);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            Map<String, String> failed = new TreeMap<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    failed.putIfAbsent(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber(),
                            assertion.getMessage());
                }
            }
            return new Verdict(result.isCompliant(), result.getTotalAssertions(), failed);
        }
        catch (IOException e) {
            throw e;
        }
        catch (Exception e) {
            throw new IOException("veraPDF cannot read " + pdf + ": " + e.getMessage(), e);
        }
    }

    /**
     * Validates every PDF under {@code dir}, failing on the first with a failed rule.
     * @return the PDFs validated
     */
    public static List<Path> assertEveryPdfCompliant(Path dir) throws IOException {
        List<Path> pdfs = pdfsUnder(dir);
        for (Path pdf : pdfs) {
            Verdict verdict = validate(pdf);
            if (!verdict.compliant() || !verdict.failedRules().isEmpty()) {
                throw new AssertionError(dir.relativize(pdf) + ": " + verdict.summary());
            }
        }
        return pdfs;
    }

    public static List<Path> pdfsUnder(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
    }

}
