package org.contractregistry.registry.rest;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Every error body: {@code {"error_code": int, "message": string}}. */
public record ErrorResponse(@JsonProperty("error_code") int errorCode, String message) {}
