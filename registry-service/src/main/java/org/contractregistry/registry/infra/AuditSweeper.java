package org.contractregistry.registry.infra;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import javax.sql.DataSource;
import org.contractregistry.registry.store.JdbcAuditTrail;
import org.jboss.logging.Logger;

/**
 * Seals audit entries that were committed but not sealed into the chain (an instance that stopped between a write's
 * commit and its seal, or a writer that found another sealer busy): once at start, after the migrations, then every
 * {@code registry.audit.seal-every} on every instance, on the trail's sealing thread (sealers never wait for each
 * other: the head's lock is taken with SKIP LOCKED).
 */
@ApplicationScoped
public class AuditSweeper {
    private static final Logger LOG = Logger.getLogger(AuditSweeper.class);
    private JdbcAuditTrail trail;

    void start(@Observes @Priority(20) StartupEvent event, RegistrySettings settings, JdbcAuditTrail trail,
            @Any InjectableInstance<AgroalDataSource> dataSources) {
        DataSource dataSource = dataSources.getActive();
        try {
            long sealed = trail.seal(dataSource);
            if (sealed > 0) {
                LOG.infof("Sealed %d audit entries committed before this start", sealed);
            }
        } catch (RuntimeException e) {
            LOG.warn("Sealing pending audit entries at start failed (the sweeper tries again)", e);
        }
        long every = settings.audit().sealEvery().toMillis();
        trail.sweepEvery(dataSource, settings.audit().sealEvery(),
                e -> LOG.warn("Sealing pending audit entries failed (tried again in " + every + " ms)", e));
        this.trail = trail;
    }

    void stop(@Observes ShutdownEvent event) {
        if (trail != null) {
            trail.close();
        }
    }
}
