package vn.dxscorecard.ops;

import org.flywaydb.core.api.CoreErrorCode;
import org.flywaydb.core.api.output.ValidateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the job's database is brought up to date. Every migration can run again over its
 * own partial work (H2 commits each DDL statement, so a run killed halfway through a
 * migration leaves some of it done): a relaunch completes it. A database migrated by an
 * earlier version of those same scripts differs only in their checksums, which are
 * realigned; any other mismatch stops the launch as Flyway says.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfig {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfig.class);

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
