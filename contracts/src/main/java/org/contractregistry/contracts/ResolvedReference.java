package org.contractregistry.contracts;

import java.util.Objects;

/**
 * A schema another schema depends on, already fetched by the caller.
 *
 * <p>{@code name} is Confluent's reference name: for Avro the full name of the type the referenced schema defines
 * (e.g. {@code acme.Customer}), for Protobuf the import path (e.g. {@code acme/customer.proto}), for JSON Schema the
 * URL or file name the {@code $ref} uses (e.g. {@code customer.json}). {@code subject} and
 * {@code version} say where it came from (they are part of the fingerprint); callers that read files rather than a
 * registry may use the file name as subject and 0 as version.
 */
public record ResolvedReference(String name, String subject, int version, SchemaType type, String text) {
    public ResolvedReference {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
    }
}
