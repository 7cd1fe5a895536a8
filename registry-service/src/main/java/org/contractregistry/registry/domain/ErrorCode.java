package org.contractregistry.registry.domain;

/** Every error the API answers with: Confluent's numeric code; the HTTP status is its first three digits. */
public enum ErrorCode {
    MALFORMED_REQUEST(400),
    UNAUTHORIZED(401),
    UNAUTHENTICATED(40101),
    FORBIDDEN(40301),
    NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    NOT_ACCEPTABLE(406),
    REQUEST_TOO_LARGE(413),
    UNSUPPORTED_MEDIA_TYPE(415),
    UNPROCESSABLE_REQUEST(422),
    SUBJECT_NOT_FOUND(40401),
    VERSION_NOT_FOUND(40402),
    SCHEMA_NOT_FOUND(40403),
    SUBJECT_SOFT_DELETED(40404),
    SUBJECT_NOT_SOFT_DELETED(40405),
    VERSION_SOFT_DELETED(40406),
    VERSION_NOT_SOFT_DELETED(40407),
    SUBJECT_CONFIG_NOT_FOUND(40408),
    SUBJECT_MODE_NOT_FOUND(40409),
    ASSOCIATION_NOT_FOUND(40410),
    INCOMPATIBLE_SCHEMA(40901),
    INVALID_SCHEMA(42201),
    INVALID_VERSION(42202),
    INVALID_COMPATIBILITY_LEVEL(42203),
    INVALID_MODE(42204),
    OPERATION_NOT_PERMITTED(42205),
    REFERENCE_EXISTS(42206),
    ID_DOES_NOT_MATCH(42207),
    INVALID_SUBJECT(42208),
    SCHEMA_TOO_LARGE(42209),
    INVALID_RULESET(42210),
    CONTEXT_NOT_EMPTY(42211),
    STORE_ERROR(50001),
    OPERATION_TIMED_OUT(50002),
    INTERNAL_ERROR(500);

    private final int code;

    ErrorCode(int code) {
        this.code = code;
    }

    /** The value of {@code error_code} in the response body. */
    public int code() {
        return code;
    }

    /** The HTTP status: the code itself when it has three digits, else its first three digits. */
    public int httpStatus() {
        return code < 1000 ? code : code / 100;
    }
}
