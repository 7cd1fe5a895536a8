package org.contractregistry.cli.backup;

/** A call to a registry that did not get the answer it needed: which call, what came back, and why. */
public final class RegistryCallException extends RuntimeException {
    private final int status;
    private final int errorCode;

    public RegistryCallException(String call, int status, int errorCode, String detail) {
        super(call + " -> " + (status == 0 ? "" : "HTTP " + status + (errorCode == 0 ? "" : " error_code " + errorCode)
                + ": ") + detail);
        this.status = status;
        this.errorCode = errorCode;
    }

    public int status() {
        return status;
    }

    /** Confluent's {@code error_code} of the answer, or 0 when it had none. */
    public int errorCode() {
        return errorCode;
    }
}
