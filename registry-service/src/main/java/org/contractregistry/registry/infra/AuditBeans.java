package org.contractregistry.registry.infra;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.contractregistry.registry.domain.access.Caller;
import org.contractregistry.registry.domain.access.CallerSource;
import org.contractregistry.registry.domain.audit.AuditLog;
import org.contractregistry.registry.store.JdbcAuditTrail;

/** The audit trail writers append to, the audit log readers read, and the caller of the current request. */
@ApplicationScoped
public class AuditBeans {

    /** Also the {@link org.contractregistry.registry.domain.audit.AuditTrail} every writer is given. */
    @Produces
    @Singleton
    JdbcAuditTrail jdbcAuditTrail() {
        return new JdbcAuditTrail(Clock.systemUTC());
    }

    @Produces
    @Singleton
    AuditLog auditLog(@Any InjectableInstance<AgroalDataSource> dataSources, JdbcAuditTrail trail) {
        return new AuditLog(dataSources.getActive(), trail);
    }

    /** The caller {@link CurrentCaller} holds during a request; the service itself outside one. */
    @Produces
    @Singleton
    CallerSource callerSource(CurrentCaller current) {
        return () -> Arc.container().requestContext().isActive() ? current.get() : Caller.system();
    }
}
