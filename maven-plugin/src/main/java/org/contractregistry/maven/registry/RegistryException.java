package org.contractregistry.maven.registry;

/**
 * The registry could not be used: unreachable, refused the credentials, or failed. The message is one line naming the
 * URL and the status, fit to end a build with.
 */
public final class RegistryException extends Exception {
    private final int status;

    public RegistryException(String message, int status) {
        super(message);
        this.status = status;
    }

    /** The HTTP status, or 0 when no answer came. */
    public int status() {
        return status;
    }
}
