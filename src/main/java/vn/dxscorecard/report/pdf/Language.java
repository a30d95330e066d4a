package vn.dxscorecard.report.pdf;

import java.nio.file.Path;
import java.util.Locale;

import vn.dxscorecard.reference.RegistryUnit;
import vn.dxscorecard.shared.Messages;

/**
 * A language the PDFs are published in (SPEC §6, {@code dx.report.languages}): Vietnamese
 * always, English on request, from one layout and two message bundles.
 */
public enum Language {

    VI("vi", Messages.VI, Path.of(ScorecardPdf.FOLDER), "national-summary.pdf"),

    EN("en", Messages.EN, Path.of(ScorecardPdf.FOLDER, "en"), "national-summary.en.pdf");

    private final String id;

    private final Locale locale;

    private final Path scorecards;

    private final Path summary;

    Language(String id, Locale locale, Path scorecards, String summary) {
        this.id = id;
        this.locale = locale;
        this.scorecards = scorecards;
        this.summary = Path.of(summary);
    }

    public String id() {
        return id;
    }

    public Locale locale() {
        return locale;
    }

    /** The folder of its scorecards, relative to the period folder. */
    public Path scorecards() {
        return scorecards;
    }

    /**
     * {@code 01-thanh-pho-ha-noi.pdf}: the code keeps names unique, the ASCII name makes
     * them readable anywhere; the same name in every language.
     */
    public Path scorecard(RegistryUnit unit) {
        return scorecards.resolve(unit.code() + "-" + PdfText.slug(unit.nameVi()) + ".pdf");
    }

    public Path summary() {
        return summary;
    }

    /** The language of an id, or null for one we do not publish in. */
    public static Language fromId(String id) {
        for (Language language : values()) {
            if (language.id.equals(id.trim().toLowerCase(Locale.ROOT))) {
                return language;
            }
        }
        return null;
    }

}
