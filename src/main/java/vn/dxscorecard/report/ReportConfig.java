package vn.dxscorecard.report;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.dxscorecard.report.pdf.PdfSealer;
import vn.dxscorecard.report.pdf.ScorecardPdf;
import vn.dxscorecard.report.pdf.Words;
import vn.dxscorecard.results.PeriodReport;
import vn.dxscorecard.shared.DxProperties;
import vn.dxscorecard.shared.Messages;

/**
 * The reader, processor and writer of the scorecard step, and the tasklet of the publish
 * step.
 */
@Configuration(proxyBeanMethods = false)
class ReportConfig {

    @Bean
    @StepScope
    ScorecardReader scorecardReader(PeriodReport report) {
        return new ScorecardReader(report);
    }

    @Bean
    @StepScope
    ScorecardRenderer scorecardRenderer(PeriodReport report, Messages messages, DxProperties properties,
            ReportProperties languages, PdfSealer sealer) {
        List<ScorecardPdf> pdfs = languages.languages()
            .stream()
            .map(language -> new ScorecardPdf(new Words(messages, language), properties.zone(), sealer))
            .toList();
        return new ScorecardRenderer(pdfs, report, periodDir(properties, report));
    }

    @Bean
    @StepScope
    ScorecardProgress scorecardProgress(PeriodReport report) {
        return new ScorecardProgress(report);
    }

    @Bean
    @StepScope
    PublishTasklet publishTasklet(PeriodReport report, List<ReportWriter> writers, ManifestWriter manifest,
            DxProperties properties, ReportProperties languages, Clock clock) {
        return new PublishTasklet(report, writers, manifest, languages.languages(), periodDir(properties, report),
                clock);
    }

    private static Path periodDir(DxProperties properties, PeriodReport report) {
        return properties.output().resolve(report.period().toString());
    }

}
