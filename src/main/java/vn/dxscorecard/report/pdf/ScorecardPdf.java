package vn.dxscorecard.report.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;

import vn.dxscorecard.ranking.RankingEntry;
import vn.dxscorecard.reference.RegistryUnit;
import vn.dxscorecard.results.PeriodReport;

/**
 * {@code scorecards/<code>-<slug>.pdf} ({@code scorecards/en/…} in English): one ranked
 * unit's scorecard (SPEC §6). Every document is independent (its own writer, the fonts
 * shared read-only), so its bytes depend neither on the thread that lays it out nor on
 * the order.
 */
public final class ScorecardPdf {

    public static final String FOLDER = "scorecards";

    private final Words words;

    private final ZoneId zone;

    private final PdfSealer sealer;

    public ScorecardPdf(Words words, ZoneId zone, PdfSealer sealer) {
        this.words = words;
        this.zone = zone;
        this.sealer = sealer;
    }

    /** The Vietnamese scorecard, the one the mails carry (SPEC §9). */
    public static Path file(RegistryUnit unit) {
        return Language.VI.scorecard(unit);
    }

    /**
     * @return the file written, relative to {@code periodDir}
     */
    public Path write(PeriodReport report, RankingEntry entry, Path periodDir) throws IOException {
        Path relative = words.language().scorecard(entry.unit());
        ScorecardLayout layout = new ScorecardLayout(report, entry, words, zone);
        PdfDocs.write(periodDir.resolve(relative), layout.meta(relative.toString()), words, layout::render, sealer);
        return relative;
    }

}
