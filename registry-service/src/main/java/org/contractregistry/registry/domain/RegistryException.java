package org.contractregistry.registry.domain;

/** A refusal the API reports as {@code {"error_code":..,"message":..}}; the message names what was asked for. */
public final class RegistryException extends RuntimeException {
    private final ErrorCode errorCode;

    public RegistryException(ErrorCode errorCode, String message) {
        super(message, null, false, false);
        this.errorCode = errorCode;
    }

    public ErrorCode errorCode() {
        return errorCode;
    }

    public static RegistryException subjectNotFound(QualifiedSubject subject) {
        return new RegistryException(ErrorCode.SUBJECT_NOT_FOUND, "Subject '" + subject.qualified() + "' not found.");
    }

    /** Confluent's text: {@code Version 3 not found.} */
    public static RegistryException versionNotFound(QualifiedSubject subject, Object version) {
        return new RegistryException(ErrorCode.VERSION_NOT_FOUND, "Version " + version + " not found.");
    }

    /** Confluent's text for a schema asked for by id or guid: {@code Schema 6 not found}. */
    public static RegistryException schemaNotFound(Object idOrGuid) {
        return new RegistryException(ErrorCode.SCHEMA_NOT_FOUND, "Schema " + idOrGuid + " not found");
    }

    /** Confluent's text for a lookup under a subject that matched nothing: {@code Schema not found}. */
    public static RegistryException schemaNotFound() {
        return new RegistryException(ErrorCode.SCHEMA_NOT_FOUND, "Schema not found");
    }

    public static RegistryException invalidSchema(String message) {
        return new RegistryException(ErrorCode.INVALID_SCHEMA, message);
    }

    public static RegistryException notPermitted(String message) {
        return new RegistryException(ErrorCode.OPERATION_NOT_PERMITTED, message);
    }
}
