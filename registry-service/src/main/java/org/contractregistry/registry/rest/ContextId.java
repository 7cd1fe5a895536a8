package org.contractregistry.registry.rest;

import org.contractregistry.registry.domain.SchemaKey;

/** Confluent's ContextId: a schema id and the context it is an id in ({@code "."} for the default context). */
public record ContextId(String context, int id) {

    static ContextId of(SchemaKey key) {
        return new ContextId(key.context(), key.id());
    }
}
