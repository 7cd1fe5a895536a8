package org.contractregistry.registry.infra;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.contractregistry.registry.store.H2Backup;
import org.jboss.logging.Logger;

/**
 * On the embedded H2 store with {@code REGISTRY_H2_BACKUP_DIR} set: a consistent online copy ({@link H2Backup}) at
 * start and every {@code REGISTRY_H2_BACKUP_EVERY}, the newest {@code REGISTRY_H2_BACKUP_KEEP} kept.
 */
@ApplicationScoped
public class H2Backups {
    private static final Logger LOG = Logger.getLogger(H2Backups.class);
    private ScheduledExecutorService timer;

    void start(@Observes StartupEvent event, RegistrySettings settings,
            @Any InjectableInstance<AgroalDataSource> dataSources) {
        RegistrySettings.Db db = settings.db();
        if (!db.h2Active() || db.h2BackupDir().isEmpty()) {
            return;
        }
        H2Backup backup = new H2Backup(dataSources.getActive(), Path.of(db.h2BackupDir().get()), db.h2BackupKeep());
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "h2-backup");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                LOG.infof("H2 backup written to %s", backup.take(Instant.now()));
            } catch (Exception e) {
                LOG.error("H2 backup failed", e);
            }
        }, 0, db.h2BackupEvery().toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
