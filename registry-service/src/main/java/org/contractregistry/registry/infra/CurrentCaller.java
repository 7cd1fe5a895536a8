package org.contractregistry.registry.infra;

import jakarta.enterprise.context.RequestScoped;
import org.contractregistry.registry.domain.access.Caller;

/**
 * Who sent the current request, set by a request filter (anonymous with the request id and client address until
 * authentication replaces it); read through the {@link org.contractregistry.registry.domain.access.CallerSource}.
 */
@RequestScoped
public class CurrentCaller {
    private Caller caller;

    public Caller get() {
        return caller != null ? caller : Caller.anonymous(null, null);
    }

    public void set(Caller caller) {
        this.caller = caller;
    }
}
