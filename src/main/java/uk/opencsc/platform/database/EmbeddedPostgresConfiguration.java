package uk.opencsc.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The embedded default: when no {@code spring.datasource.url} is configured, OpenCSC starts its own
 * PostgreSQL (the real server, not an imitation) and keeps its data directory between runs, so demo
 * work survives a restart. A production deployment sets {@code spring.datasource.*} and this
 * configuration steps aside.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoDatasourceUrl.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                // Spring stops the server (destroyMethod) after everything that uses it has shut down;
                // zonky's own JVM hook would stop it first and leave those waiting on a dead pool.
                .setRegisterShutdownHook(false)
                // zonky gives up after 10 s; after a crash PostgreSQL first replays its log, which on a busy machine
                // takes longer than that, and giving up then would turn a crash into a failed start
                .setPGStartupWait(Duration.ofMinutes(2))
                .setServerConfig("max_connections", "200")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("fsync", properties.persistent() ? "on" : "off")
                .setServerConfig("synchronous_commit", properties.persistent() ? "on" : "off");
        if (properties.persistent()) {
            Path dir = properties.dataDirectory().toAbsolutePath();
            Files.createDirectories(dir);
            removeStaleLock(dir);
            builder.setDataDirectory(dir).setCleanDataDirectory(false);
            log.info("Embedded PostgreSQL data directory: {}", dir);
        }
        return builder.start();
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties) {
        var dataSource = new com.zaxxer.hikari.HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(properties.poolSize());
        dataSource.setPoolName("opencsc-embedded");
        return dataSource;
    }

    /**
     * A server killed without shutdown leaves postmaster.pid behind, which would stop the next start. A live one means
     * another OpenCSC (or its orphaned server) has the directory: say so, rather than wait for a start that cannot come.
     */
    private static void removeStaleLock(Path dir) throws IOException {
        Path pid = dir.resolve("postmaster.pid");
        if (!Files.exists(pid)) {
            return;
        }
        String first = Files.readAllLines(pid).stream().findFirst().orElse("").trim();
        boolean alive = !first.isEmpty() && first.chars().allMatch(Character::isDigit)
                && ProcessHandle.of(Long.parseLong(first)).map(ProcessHandle::isAlive).orElse(false);
        if (alive) {
            throw new IllegalStateException("The embedded database in " + dir + " is in use by process " + first
                    + " (another OpenCSC, a command such as 'bench' or 'demo load', or a server left running after one was"
                    + " killed). Stop it first (kill " + first + "), or point spring.datasource.url at another database.");
        }
        Files.delete(pid);
    }

    static final class NoDatasourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
