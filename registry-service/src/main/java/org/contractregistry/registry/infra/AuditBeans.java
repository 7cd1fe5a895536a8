package org.contractregistry.registry.infra;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.InjectableInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.contractregistry.registry.domain.access.AccessControl;
import org.contractregistry.registry.domain.audit.AuditLog;
import org.contractregistry.registry.store.JdbcAuditTrail;

/** The audit trail writers append to and the audit log readers read. */
@ApplicationScoped
public class AuditBeans {

    /** Also the {@link org.contractregistry.registry.domain.audit.AuditTrail} every writer is given. */
    @Produces
    @Singleton
    JdbcAuditTrail jdbcAuditTrail(RegistrySettings settings) {
        return new JdbcAuditTrail(Clock.systemUTC(), settings.audit().sealDelay());
    }

    @Produces
    @Singleton
    AuditLog auditLog(@Any InjectableInstance<AgroalDataSource> dataSources, JdbcAuditTrail trail,
            AccessControl access) {
        return new AuditLog(dataSources.getActive(), trail, access);
    }
}
