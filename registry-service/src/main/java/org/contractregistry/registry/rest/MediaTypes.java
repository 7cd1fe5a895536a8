package org.contractregistry.registry.rest;

/** The media types of the Confluent API; responses use the first. */
public final class MediaTypes {
    public static final String V1_JSON = "application/vnd.schemaregistry.v1+json";
    public static final String JSON_ANY_VERSION = "application/vnd.schemaregistry+json";
    public static final String JSON = "application/json";

    private MediaTypes() {}
}
