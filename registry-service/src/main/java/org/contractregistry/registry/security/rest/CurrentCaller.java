package org.contractregistry.registry.security.rest;

import jakarta.enterprise.context.RequestScoped;
import org.contractregistry.registry.domain.access.Caller;

/** The caller of the request being served, set by {@link AuthenticationFilter} before the resource runs. */
@RequestScoped
public class CurrentCaller {
    private Caller caller;

    public Caller get() {
        return caller;
    }

    void set(Caller caller) {
        this.caller = caller;
    }
}
