package uk.opencsc.platform.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * Settings of the embedded default database.
 *
 * @param persistent    keep the data directory between runs (false in tests: a fresh, throwaway cluster)
 * @param dataDirectory where the cluster lives when persistent
 * @param poolSize      connections in the pool
 */
@ConfigurationProperties("opencsc.embedded-database")
record EmbeddedDatabaseProperties(
        @DefaultValue("true") boolean persistent,
        @DefaultValue("data/postgres") Path dataDirectory,
        @DefaultValue("20") int poolSize) {
}
