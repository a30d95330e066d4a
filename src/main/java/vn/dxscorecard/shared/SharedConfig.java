package vn.dxscorecard.shared;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The run's clock and the message catalogue, which every feature uses. */
@Configuration(proxyBeanMethods = false)
class SharedConfig {

    @Bean
    Clock clock(DxProperties properties) {
        return properties.clock() == null ? Clock.system(properties.zone())
                : Clock.fixed(properties.clock().toInstant(), properties.zone());
    }

    @Bean
    Messages messages() {
        return Messages.catalogue();
    }

}
