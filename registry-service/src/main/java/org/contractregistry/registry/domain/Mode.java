package org.contractregistry.registry.domain;

import java.util.Locale;

/** What writes a scope accepts. */
public enum Mode {
    READWRITE,
    READONLY,
    READONLY_OVERRIDE,
    IMPORT,
    FORWARD;

    /** Case-insensitive; an unknown name is 42204. */
    public static Mode parse(String value) {
        if (value != null) {
            try {
                return valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                // fall through
            }
        }
        throw new RegistryException(ErrorCode.INVALID_MODE, "Invalid mode '" + value + "'. Valid values are "
                + "READWRITE, READONLY, READONLY_OVERRIDE, IMPORT and FORWARD (global only).");
    }

    public boolean acceptsWrites() {
        return this != READONLY && this != READONLY_OVERRIDE;
    }
}
