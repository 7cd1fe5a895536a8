package org.contractregistry.registry.domain;

/** A dependency of a schema: Confluent's {@code {name, subject, version}}; version -1 means latest at registration. */
public record SchemaReference(String name, String subject, int version) {}
