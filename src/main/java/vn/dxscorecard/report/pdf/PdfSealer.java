package vn.dxscorecard.report.pdf;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;

/**
 * What happens to a finished PDF before it is written: nothing, or the publishing
 * organisation's signature (SPEC §6).
 */
@FunctionalInterface
public interface PdfSealer {

    /** The PDFs stay unsigned: no keystore is set. */
    PdfSealer NONE = (pdf, signingTime, zone) -> pdf;

    /**
     * @param pdf a complete PDF/A-2b file
     * @param signingTime the run's clock, which the signature claims as its time
     * @return the file to publish
     */
    byte[] seal(byte[] pdf, Instant signingTime, ZoneId zone) throws IOException;

}
