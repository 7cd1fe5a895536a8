package org.contractregistry.registry.domain.audit;

/**
 * Audit entries committed with their change but not yet sealed into the hash chain (normally sealed right after the
 * commit; left over only while a sealer is busy or after a crash between commit and seal, until the sweeper runs).
 * Until sealed, an entry is not covered by the chain: see the registry-service README.
 *
 * @param count         how many
 * @param oldestAgeMillis how long the oldest has waited, in milliseconds (0 for none)
 */
public record Unsealed(long count, long oldestAgeMillis) {
    public static final Unsealed NONE = new Unsealed(0, 0);
}
