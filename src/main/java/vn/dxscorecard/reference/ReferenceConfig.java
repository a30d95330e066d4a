package vn.dxscorecard.reference;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.dxscorecard.ops.DxProperties;

/** Loads and checks the catalogue and the registry once, at start: a bad file stops the job before it runs. */
@Configuration(proxyBeanMethods = false)
public class ReferenceConfig {

    static final String SHIPPED = "reference";

    @Bean
    Catalogue catalogue(DxProperties properties) {
        return CatalogueLoader.load(properties.catalogue() == null ? ReferenceSource.classpath(SHIPPED)
                : ReferenceSource.directory(properties.catalogue()));
    }

    @Bean
    Registry registry(DxProperties properties) {
        return RegistryLoader.load(properties.reference() == null ? ReferenceSource.classpath(SHIPPED)
                : ReferenceSource.directory(properties.reference()));
    }
}
