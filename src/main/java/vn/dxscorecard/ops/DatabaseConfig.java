package vn.dxscorecard.ops;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.api.CoreErrorCode;
import org.flywaydb.core.api.output.ValidateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

import vn.dxscorecard.shared.DxProperties;

/**
 * The job's database, and how it is brought up to date. Without
 * {@code spring.datasource.url} it is the H2 file in the data folder, its URL composed
 * from the checked path ({@link DataFolder#url}): a folder name is never read as URL
 * settings. Every migration can run again over its own partial work (H2 commits each DDL
 * statement, so a run killed halfway through a migration leaves some of it done): a
 * relaunch completes it. A database migrated by an earlier version of those same scripts
 * differs only in their checksums, which are realigned; any other mismatch stops the
 * launch as Flyway says.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfig {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfig.class);

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(DataSourceProperties source, DxProperties properties) {
        if (!StringUtils.hasText(source.getUrl())) {
            DataFolder.createDatabase(properties.data(), source.determineUsername(), source.determinePassword());
            source.setUrl(DataFolder.url(properties.data()));
        }
        return source.initializeDataSourceBuilder().type(HikariDataSource.class).build();
    }

    @Bean
    FlywayMigrationStrategy migrations() {
        return flyway -> {
            ValidateResult result = flyway.validateWithResult();
            boolean onlyChecksums = !result.invalidMigrations.isEmpty() && result.invalidMigrations.stream()
                .allMatch(m -> m.errorDetails != null && m.errorDetails.errorCode == CoreErrorCode.CHECKSUM_MISMATCH);
            if (onlyChecksums) {
                log.info("Database migrated by an earlier version of the same scripts: realigning their checksums");
                flyway.repair();
            }
            flyway.migrate();
        };
    }

}
