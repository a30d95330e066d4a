package vn.dxscorecard.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.dxscorecard.reference.Catalogue;
import vn.dxscorecard.reference.Direction;
import vn.dxscorecard.reference.Indicator;
import vn.dxscorecard.reference.Kind;
import vn.dxscorecard.reference.Pillar;
import vn.dxscorecard.reference.ShippedReference;
import vn.dxscorecard.results.PeriodReport;
import vn.dxscorecard.shared.Messages;

/**
 * {@code docs/methodology.md} is the national summary's annex for readers of the
 * repository: generated from the same message texts and the shipped catalogue, so the two
 * cannot drift apart. Regenerate it with
 * {@code mvn test -Dtest=MethodologyDocTest -Ddx.write-docs=true}.
 */
class MethodologyDocTest {

    private static final Path DOC = Path.of("docs/methodology.md");

    private static final Messages MESSAGES = Messages.catalogue();

    private static final List<String> SECTIONS = List.of("score", "pillars", "classes", "ranks", "milestones", "merger",
            "insight", "editions");

    @Test
    void theDocumentSaysWhatTheAnnexSays() throws IOException {
        String expected = render(ShippedReference.catalogue());
        if (Boolean.getBoolean("dx.write-docs")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
            .as("docs/methodology.md is generated; regenerate it with"
                    + " mvn test -Dtest=MethodologyDocTest -Ddx.write-docs=true")
            .isEqualTo(expected);
    }

    static String render(Catalogue catalogue) {
        Words words = new Words(MESSAGES);
        StringBuilder doc = new StringBuilder(
                "# " + vi("pdf.annex.heading") + " / " + en("pdf.annex.heading") + "\n\n" + """
                        The last pages of every `national-summary.pdf` carry this text (Vietnamese only there), with the
                        period's own deadline and edition filled in. This file is generated from the same message
                        texts (`messages_vi.properties`, `messages_en.properties`) and the shipped catalogue by
                        `MethodologyDocTest`; the rules themselves are SPEC §5 and §8.

                        """);
        doc.append(vi("pdf.annex.intro", catalogue.version(), catalogue.sha256()))
            .append("\n\n_")
            .append(en("pdf.annex.intro", catalogue.version(), catalogue.sha256()))
            .append("_\n");
        for (String section : SECTIONS) {
            Object[] args = switch (section) {
                case "classes" -> new Object[] { words.classes() };
                case "merger" -> new Object[] { words.estimated() };
                case "insight" -> new Object[] { PeriodReport.LEVERS };
                case "editions" -> new Object[] { "D (dx.cycle.deadline-days = 15)", "<quý / quarter>",
                        "<hạn / deadline>", "<bản / edition>" };
                default -> new Object[0];
            };
            doc.append("\n## ")
                .append(vi("pdf.annex." + section + ".title"))
                .append("\n\n")
                .append(vi("pdf.annex." + section + ".text", args))
                .append("\n\n_")
                .append(en("pdf.annex." + section + ".title"))
                .append(": ")
                .append(en("pdf.annex." + section + ".text", args))
                .append("_\n");
            if (section.equals("pillars")) {
                doc.append("\n| mã | trụ cột / pillar | trọng số | số chỉ tiêu |\n|---|---|---:|---:|\n");
                for (Pillar pillar : catalogue.pillars()) {
                    doc.append("| ")
                        .append(pillar.code())
                        .append(" | ")
                        .append(pillar.nameVi())
                        .append(" / ")
                        .append(pillar.nameEn())
                        .append(" | ")
                        .append(pillar.weight().toPlainString())
                        .append(" | ")
                        .append(catalogue.indicatorsOf(pillar).size())
                        .append(" |\n");
                }
            }
        }
        doc.append("\n## ")
            .append(vi("pdf.annex.catalogue.title", catalogue.version()))
            .append("\n\n")
            .append(vi("pdf.annex.catalogue.text",
                    catalogue.years().stream().map(String::valueOf).collect(Collectors.joining(" / "))))
            .append("\n\n| mã | chỉ tiêu / indicator | trụ cột | áp dụng | trọng số | chiều | xấu nhất | ")
            .append(catalogue.years().stream().map(year -> "mục tiêu " + year + " | ").collect(Collectors.joining()))
            .append("nguồn |\n|---|---|---|---|---:|---|---:|")
            .append("---:|".repeat(catalogue.years().size()))
            .append("---|\n");
        for (Indicator indicator : catalogue.indicators()) {
            doc.append("| `")
                .append(indicator.code())
                .append("` | ")
                .append(indicator.nameVi())
                .append(" / ")
                .append(indicator.nameEn())
                .append(" | ")
                .append(indicator.pillar())
                .append(" | ")
                .append(Arrays.stream(Kind.values())
                    .filter(indicator::appliesTo)
                    .map(Kind::id)
                    .collect(Collectors.joining(", ")))
                .append(" | ")
                .append(indicator.weight().toPlainString())
                .append(" | ")
                .append(indicator.direction() == Direction.HIGHER ? "↑" : "↓")
                .append(" | ")
                .append(words.quantity(indicator.unit(), indicator.worst()))
                .append(" | ");
            for (int year : catalogue.years()) {
                doc.append(indicator.target(year).map(t -> words.quantity(indicator.unit(), t)).orElse(PdfText.NONE))
                    .append(" | ");
            }
            doc.append(indicator.source().replace("|", "\\|")).append(" |\n");
        }
        return doc.toString();
    }

    private static String vi(String key, Object... args) {
        return MESSAGES.get(Messages.VI, key, args);
    }

    private static String en(String key, Object... args) {
        return MESSAGES.get(Messages.EN, key, args);
    }

}
