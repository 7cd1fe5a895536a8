package org.contractregistry.registry.infra;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.contractregistry.registry.domain.access.CallerSource;
import org.contractregistry.registry.domain.audit.AuditTrail;
import org.contractregistry.registry.domain.audit.UnauditedWhileOpen;
import org.contractregistry.registry.security.Authenticator;
import org.contractregistry.registry.store.H2Durability;
import org.contractregistry.registry.store.JdbcTransactions;
import org.contractregistry.registry.store.Transactions;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The datasource chosen at run time (H2 or PostgreSQL) and the registry's transactions over it, timed, and traced
 * while tracing is on ({@code REGISTRY_TRACING_ENABLED}, which sets {@code quarkus.otel.sdk.disabled}). Writes are
 * local JDBC transactions (Agroal's JTA integration is off, see application.properties): one connection, one commit,
 * which includes the write's audit entries. A database that refuses connections is tried for
 * {@code registry.db.unavailable-timeout}, then the request is answered 503.
 */
@ApplicationScoped
public class ActiveDataSource {

    void limitWaits(@Observes @Priority(0) StartupEvent event, RegistrySettings settings) {
        JdbcTransactions.unavailableTimeout(settings.db().unavailableTimeout());
    }

    @Produces
    @Singleton
    Transactions transactions(@Any InjectableInstance<AgroalDataSource> dataSources, AuditTrail audit,
            CallerSource callers, RegistrySettings settings, MeterRegistry registry, Authenticator authenticator,
            @ConfigProperty(name = "quarkus.otel.sdk.disabled") boolean tracingOff, InjectableInstance<Tracer> tracer,
            @ConfigProperty(name = "quarkus.datasource.h2.jdbc.url") String h2Url) {
        AuditTrail trail = audit;
        if (!settings.audit().enabled()) {
            Logger log = Logger.getLogger(ActiveDataSource.class);
            trail = new UnauditedWhileOpen(audit, authenticator::open, log::warn);
            log.warn("registry.audit.enabled=false: registry writes are NOT recorded in the audit log while the"
                    + " registry is open (no user, API key or token issuer; meant for benchmarks only)");
        }
        // On an embedded H2 file this process is the only writer: reads may keep copies until its next write.
        boolean soleWriter = settings.db().h2Active() && H2Durability.soleWriter(h2Url);
        Transactions timed = new TimedTransactions(
                new JdbcTransactions(dataSources.getActive(), trail, callers, soleWriter), registry);
        // Tracing off (the default): no span is built, the tracer is not even looked up.
        return tracingOff ? timed : new TracedTransactions(timed, tracer.get());
    }
}
