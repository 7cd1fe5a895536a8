package org.contractregistry.maven.subject;

import org.contractregistry.maven.registry.RegisteredSchema;
import org.contractregistry.maven.registry.RegistryException;

/** Fetches a referenced schema that has no local file. */
@FunctionalInterface
public interface RemoteSchemas {

    /** @param version a number, or {@code "latest"} */
    RegisteredSchema fetch(String subject, String version) throws RegistryException;

    RemoteSchemas NONE = (subject, version) -> {
        throw new RegistryException("reference to subject " + subject
                + " has no local file and no schemaRegistryUrls are configured", 0);
    };
}
