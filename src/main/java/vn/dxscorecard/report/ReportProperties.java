package vn.dxscorecard.report;

import java.util.HashSet;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import vn.dxscorecard.report.pdf.Language;

/**
 * What the PDFs are published in (SPEC §6).
 *
 * @param languages {@code vi} (default), or {@code vi,en} to add the English edition:
 * {@code scorecards/en/} and {@code national-summary.en.pdf}
 */
@ConfigurationProperties("dx.report")
public record ReportProperties(@DefaultValue("vi") List<Language> languages) {

    public ReportProperties {
        if (!languages.contains(Language.VI) || new HashSet<>(languages).size() != languages.size()) {
            throw new IllegalArgumentException("dx.report.languages=" + languages.stream().map(Language::id).toList()
                    + ": give vi, or vi,en (the Vietnamese edition is always published: the mails carry it)");
        }
        // Vietnamese first whatever the order given: the logs and the manifest list it
        // first.
        languages = List.copyOf(languages.stream().sorted().toList());
    }

}
