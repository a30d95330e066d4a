package vn.dxscorecard.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.dxscorecard.report.web.WebEditionWriter;
import vn.dxscorecard.results.PeriodReport;
import vn.dxscorecard.shared.DxProperties;
import vn.dxscorecard.shared.Messages;

/** {@code web/} (SPEC §6), after the PDFs it links to. */
@Component
@Order(60)
class WebWriter implements ReportWriter {

    private final WebEditionWriter web;

    private final DxProperties properties;

    private final ReportProperties languages;

    WebWriter(Messages messages, DxProperties properties, ReportProperties languages) {
        this.web = new WebEditionWriter(messages);
        this.properties = properties;
        this.languages = languages;
    }

    @Override
    public List<Path> write(PeriodReport report, Path periodDir) throws IOException {
        return web.write(report, periodDir, properties.zone(), languages.languages());
    }

}
