package vn.dxscorecard.report.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.dxscorecard.ranking.RankingEntry;
import vn.dxscorecard.report.pdf.Language;
import vn.dxscorecard.report.pdf.Words;
import vn.dxscorecard.results.PeriodReport;
import vn.dxscorecard.shared.AtomicFiles;
import vn.dxscorecard.shared.Messages;
import vn.dxscorecard.shared.Templates;

/**
 * {@code web/} (SPEC §6): the edition as a static site, in Vietnamese and under
 * {@code en/} in English, from the JTE templates ({@link Templates}): every value escaped
 * by the engine. One stylesheet and one small script beside the pages, no request outside
 * the folder.
 */
public final class WebEditionWriter {

    private static final Logger log = LoggerFactory.getLogger(WebEditionWriter.class);

    private static final List<String> ASSETS = List.of("style.css", "sort.js");

    private final Messages messages;

    public WebEditionWriter(Messages messages) {
        this.messages = messages;
    }

    /**
     * @param pdfLanguages the languages the PDFs are published in, which the pages link
     * to
     * @return the files written, relative to {@code periodDir}
     */
    public List<Path> write(PeriodReport report, Path periodDir, ZoneId zone, List<Language> pdfLanguages)
            throws IOException {
        long start = System.nanoTime();
        Path web = Path.of(WebEdition.FOLDER);
        List<Path> written = new ArrayList<>();
        for (String asset : ASSETS) {
            byte[] bytes = asset(asset);
            written.add(write(periodDir, web.resolve(asset), bytes));
        }
        for (Language language : Language.values()) {
            WebEdition edition = new WebEdition(report, new Words(messages, language), zone, pdfLanguages);
            written
                .add(write(periodDir, web.resolve(WebEdition.index(language)), render("index.jte", edition.index())));
            for (RankingEntry entry : report.rankings()) {
                if (entry.ranked()) {
                    written.add(write(periodDir, web.resolve(WebEdition.unit(language, entry.unit())),
                            render("unit.jte", edition.unit(entry))));
                }
            }
        }
        log.info("Web edition {}: {} files in {} ms", report.period(), written.size(),
                (System.nanoTime() - start) / 1_000_000);
        return written;
    }

    private static byte[] render(String template, Object page) {
        return Templates.render(template, page).getBytes(StandardCharsets.UTF_8);
    }

    private static Path write(Path periodDir, Path relative, byte[] bytes) throws IOException {
        AtomicFiles.write(periodDir.resolve(relative), out -> out.write(bytes));
        return relative;
    }

    private static byte[] asset(String name) {
        try (InputStream in = WebEditionWriter.class.getResourceAsStream("/web/" + name)) {
            if (in == null) {
                throw new IllegalStateException("web/" + name + " missing from the jar");
            }
            return in.readAllBytes();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
