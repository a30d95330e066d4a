package vn.dxscorecard.delivery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import vn.dxscorecard.shared.AtomicFiles;
import vn.dxscorecard.shared.Sha256;

/**
 * eml mode: each message as an RFC 5322 file under {@code output/<period>/outbox/},
 * nothing sent — to preview what delivery would send.
 */
final class EmlCourier implements Courier {

    static final String FOLDER = "outbox";

    private final Path output;

    EmlCourier(Path output) {
        this.output = output;
    }

    @Override
    public Attempt deliver(OutboxEntry entry, String source) {
        String name = fileName(entry);
        try {
            byte[] bytes = source.getBytes(StandardCharsets.US_ASCII);
            AtomicFiles.write(output.resolve(entry.period().toString()).resolve(FOLDER).resolve(name),
                    out -> out.write(bytes));
            return new Attempt(OutboxStatus.WRITTEN, "written " + FOLDER + "/" + name, false);
        }
        catch (IOException e) {
            return new Attempt(OutboxStatus.PENDING, "cannot write " + FOLDER + "/" + name + ": " + e.getMessage(),
                    true);
        }
    }

    /** {@code receipt-01-e2-3f9a0c1d.eml}: readable, and one file per key. */
    static String fileName(OutboxEntry entry) {
        return entry.kind().id() + "-" + entry.unitCode() + "-"
                + (entry.edition() == 0 ? "" : "e" + entry.edition() + "-")
                + Sha256.of(entry.key().getBytes(StandardCharsets.UTF_8)).substring(0, 8) + ".eml";
    }

}
