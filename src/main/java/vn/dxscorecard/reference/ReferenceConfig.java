package vn.dxscorecard.reference;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.dxscorecard.shared.Period;
import vn.dxscorecard.shared.ScorecardJob;

/**
 * Loads and checks the catalogue and the registry once, at start: a bad file stops the
 * job before it runs. Also the tasklet of the job's first step, which fixes the period's
 * roster.
 */
@Configuration(proxyBeanMethods = false)
class ReferenceConfig {

    static final String SHIPPED = "reference";

    @Bean
    Catalogue catalogue(ReferenceProperties properties) {
        return CatalogueLoader.load(source(properties.catalogue()));
    }

    @Bean
    Registry registry(ReferenceProperties properties) {
        return RegistryLoader.load(source(properties.registry()));
    }

    /**
     * From the registry folder when it has a tile file, else the shipped one: a registry
     * with other codes then simply has no map.
     */
    @Bean
    ProvinceTiles provinceTiles(ReferenceProperties properties) {
        ReferenceSource folder = source(properties.registry());
        try (InputStream in = folder.open(ProvinceTiles.FILE)) {
            return ProvinceTiles.load(in == null ? ReferenceSource.classpath(SHIPPED) : folder);
        }
        catch (IOException e) {
            throw new ReferenceDataException(folder.describe(ProvinceTiles.FILE) + ": cannot read: " + e.getMessage());
        }
    }

    @Bean
    @StepScope
    RosterTasklet rosterTasklet(PeriodUnitRepository units, Registry registry,
            @Value(ScorecardJob.PERIOD_VALUE) String period) {
        return new RosterTasklet(units, registry, Period.of(period));
    }

    private static ReferenceSource source(Path folder) {
        return folder == null ? ReferenceSource.classpath(SHIPPED) : ReferenceSource.directory(folder);
    }

}
