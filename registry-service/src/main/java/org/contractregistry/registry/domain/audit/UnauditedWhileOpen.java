package org.contractregistry.registry.domain.audit;

import java.sql.Connection;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.contractregistry.registry.domain.access.Caller;

/**
 * The benchmark switch {@code registry.audit.enabled=false}, made safe: writes go unaudited only while the registry is
 * open (no user, usable key or token issuer: every caller anonymous with every right, so there is no one to hold to
 * account); once a credential exists every write is audited again. Each state change is told once to {@code warn}.
 */
public final class UnauditedWhileOpen implements AuditTrail {
    static final String SKIPPING = "registry.audit.enabled=false and the registry is open: registry writes are NOT"
            + " recorded in the audit log (meant for benchmarks only)";
    static final String IGNORED = "registry.audit.enabled=false is ignored: the registry has credentials, so registry"
            + " writes are recorded in the audit log";

    private final AuditTrail audit;
    private final BooleanSupplier open;
    private final Consumer<String> warn;
    private final AtomicBoolean skipping = new AtomicBoolean();
    private final AtomicBoolean told = new AtomicBoolean();

    public UnauditedWhileOpen(AuditTrail audit, BooleanSupplier open, Consumer<String> warn) {
        this.audit = audit;
        this.open = open;
        this.warn = warn;
    }

    @Override
    public void append(Connection connection, Caller caller, AuditEvent event) {
        boolean skip = open.getAsBoolean();
        boolean changed = skipping.getAndSet(skip) != skip;
        boolean first = !told.getAndSet(true);
        if (changed || first) {
            warn.accept(skip ? SKIPPING : IGNORED);
        }
        if (!skip) {
            audit.append(connection, caller, event);
        }
    }

    @Override
    public void committed(DataSource dataSource) {
        audit.committed(dataSource);
    }
}
