package uk.opencsc.audit;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Appends the rows that record what someone saw or did without changing anything (views, searches, exports,
 * sign-ins, refusals) by group commit: the rows of everyone who asks while one batch is being written go into the
 * next, under one chain lock and one commit. Appended one transaction at a time, each waited for the lock and the
 * disk's flush of the one before it, and twenty people opening their trays at once queued behind each other.
 * <p>
 * The caller still waits until its row is committed, and an append that fails fails the caller: a page is not shown
 * if its view could not be recorded. The batches are written on a connection of their own, so callers waiting while
 * they hold connections of the main pool can never starve the writer of one. A caller whose transaction already
 * holds the chain lock (it appended a change) appends in that transaction instead, or it would wait on itself.
 */
@Component
class AuditWriter {

    private static final Logger log = LoggerFactory.getLogger(AuditWriter.class);

    /** Rows in one batch at most: a commit of this many is still a few milliseconds. */
    static final int MAX_BATCH = 500;

    /** How long a caller waits for its row before it is told the log cannot be written. */
    private static final long WAIT_SECONDS = 30;

    private record Pending(AuditLog.NewRow row, CompletableFuture<AuditEntry> written) {
    }

    private final AuditLog inTransaction;
    private final Clock clock;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final DataSource ownConnection;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Thread writer;
    private volatile boolean stopping;

    AuditWriter(AuditLog inTransaction, DataSource dataSource, Optional<Clock> clock) {
        this.inTransaction = inTransaction;
        this.clock = clock.orElse(Clock.systemUTC());
        this.ownConnection = ownPool(dataSource);
        this.jdbc = JdbcClient.create(ownConnection);
        this.tx = new TransactionTemplate(new DataSourceTransactionManager(ownConnection));
        this.writer = Thread.ofPlatform().name("audit-writer").daemon().start(this::writeBatches);
    }

    /** Appends the row and returns once it is committed to the chain. */
    AuditEntry append(String actor, String action, java.util.UUID personId, String subject, String details) {
        if (AuditLog.holdsChainLock() || stopping) {
            return inTransaction.append(actor, action, personId, subject, details);
        }
        Pending pending = new Pending(new AuditLog.NewRow(actor, action, personId, subject, details), new CompletableFuture<>());
        queue.add(pending);
        try {
            return pending.written().get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The audit log could not be written", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("The audit log could not be written within " + WAIT_SECONDS + " seconds", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the audit log was written", e);
        }
    }

    private void writeBatches() {
        List<Pending> batch = new ArrayList<>();
        while (!stopping || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                write(batch);
            } catch (InterruptedException e) {
                if (!stopping) {
                    log.warn("The audit writer was interrupted; it goes on until the application stops");
                }
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<Pending> batch) {
        try {
            List<AuditEntry> written = tx.execute(status -> AuditLog.appendAll(jdbc, clock,
                    batch.stream().map(Pending::row).toList()));
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).written().complete(written.get(i));
            }
        } catch (RuntimeException e) {
            log.error("Could not append {} audit rows; their callers are told so", batch.size(), e);
            batch.forEach(p -> p.written().completeExceptionally(e));
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        stopping = true;
        writer.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        if (ownConnection instanceof HikariDataSource own) {
            own.close();
        }
    }

    /**
     * A pool of one connection to the application's database, made like the main pool. Any other kind of data
     * source is used as it is (it must then not be a pool that callers can empty while they wait here).
     */
    private static DataSource ownPool(DataSource main) {
        if (!(main instanceof HikariDataSource hikari)) {
            return main;
        }
        HikariConfig config = new HikariConfig();
        hikari.copyStateTo(config);
        config.setPoolName(hikari.getPoolName() + "-audit");
        config.setMaximumPoolSize(1);
        config.setMinimumIdle(1);
        return new HikariDataSource(config);
    }
}
