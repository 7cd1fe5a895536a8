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

    public static RegistryException versionNotFound(QualifiedSubject subject, Object version) {
        return new RegistryException(ErrorCode.VERSION_NOT_FOUND,
                "Version " + version + " not found for subject '" + subject.qualified() + "'.");
    }

    public static RegistryException schemaNotFound(String what) {
        return new RegistryException(ErrorCode.SCHEMA_NOT_FOUND, "Schema " + what + " not found.");
    }

    public static RegistryException invalidSchema(String message) {
        return new RegistryException(ErrorCode.INVALID_SCHEMA, message);
    }

    public static RegistryException notPermitted(String message) {
        return new RegistryException(ErrorCode.OPERATION_NOT_PERMITTED, message);
    }
}
