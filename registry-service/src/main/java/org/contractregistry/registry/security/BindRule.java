package org.contractregistry.registry.security;

import java.util.Locale;
import java.util.Optional;

/**
 * The open/loopback rule: an open registry (no user, key or issuer) listens on loopback only, unless
 * {@code REGISTRY_AUTH_MODE=open} says it is meant to be reachable by anyone.
 */
public final class BindRule {
    public static final String HOW_TO = "set REGISTRY_AUTH_ADMIN_PASSWORD (and create users and keys under"
            + " /api/v1/security), or REGISTRY_AUTH_MODE=open to serve everyone on purpose";

    private BindRule() {
    }

    /** The one line to exit with, when {@code host} is not loopback while the registry is open; else empty. */
    public static Optional<String> refusal(String host, boolean open, String mode) {
        boolean onPurpose = openOnPurpose(mode);
        if (!open || onPurpose || isLoopback(host)) {
            return Optional.empty();
        }
        return Optional.of("Refusing to listen on " + host + " while the registry is open (no user, API key or token"
                + " issuer configured): " + HOW_TO + ".");
    }

    /**
     * {@code REGISTRY_AUTH_MODE}: {@code auto} (open only while no credential exists) or {@code open} (serve everyone
     * without credentials, on any address, whatever users and keys exist); anything else stops the start.
     */
    public static boolean openOnPurpose(String mode) {
        String normal = mode.trim().toLowerCase(Locale.ROOT);
        if (!normal.equals("auto") && !normal.equals("open")) {
            throw new Refused("REGISTRY_AUTH_MODE is '" + mode + "': use auto (the default) or open.");
        }
        return normal.equals("open");
    }

    /** Loopback by name or address: localhost, 127.0.0.0/8, ::1. */
    public static boolean isLoopback(String host) {
        String h = host.trim().toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.startsWith("127.") || h.equals("::1") || h.equals("[::1]")
                || h.equals("0:0:0:0:0:0:0:1");
    }

    /** Start-up stops with this: its message is the one line, without a stack trace. */
    public static final class Refused extends RuntimeException {
        public Refused(String line) {
            super(line, null, false, false);
        }
    }
}
