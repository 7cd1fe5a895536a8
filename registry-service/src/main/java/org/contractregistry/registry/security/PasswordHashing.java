package org.contractregistry.registry.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/**
 * Slow salted hashes of passwords and API-key secrets: bcrypt ({@code $2b$}, a 16-byte random salt per hash) from
 * Bouncy Castle. Verification costs one bcrypt round at the stored cost, which is why {@link Authenticator} caches
 * verified credentials.
 */
public final class PasswordHashing {
    /** bcrypt reads at most 72 bytes of a secret; longer ones are refused rather than silently cut. */
    public static final int MAX_SECRET_BYTES = 72;

    private final int cost;
    private final SecureRandom random = new SecureRandom();
    /**
     * Checked against when the user does not exist, so an unknown name costs as much as a wrong password. Made on
     * first use: loading Bouncy Castle (a signed jar, verified as its classes load) is no work for a registry's start.
     */
    private volatile String decoy;

    public PasswordHashing(int cost) {
        if (cost < 4 || cost > 31) {
            throw new IllegalArgumentException("bcrypt cost must be 4..31, not " + cost);
        }
        this.cost = cost;
    }

    /**
     * A well-formed bcrypt hash at {@code cost} that no secret is known to match: one made at the lowest cost from a
     * random secret, its cost field then set to {@code cost}. Checking a secret against it costs what checking
     * against a real hash at {@code cost} costs (the salt and the stored digest do not change the work); making it
     * costs a bcrypt at the lowest cost only.
     */
    private String decoy() {
        String made = decoy;
        if (made != null) {
            return made;
        }
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        String cheap = OpenBSDBCrypt.generate("2b", ("decoy-" + random.nextLong()).toCharArray(), salt, 4);
        made = cheap.substring(0, 4) + String.format("%02d", cost) + cheap.substring(6); // "$2b$" + cost + "$..."
        decoy = made; // two threads may each make one: either is as good
        return made;
    }

    public String hash(String secret) {
        if (!fits(secret)) {
            throw new IllegalArgumentException("a secret is at most " + MAX_SECRET_BYTES + " bytes of UTF-8");
        }
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return OpenBSDBCrypt.generate("2b", secret.toCharArray(), salt, cost);
    }

    /** Whether {@code secret} matches {@code hash}; a null hash (no such user) spends the same time and fails. */
    public boolean matches(String secret, String hash) {
        if (!fits(secret)) {
            return false;
        }
        boolean match = OpenBSDBCrypt.checkPassword(hash == null ? decoy() : hash, secret.toCharArray());
        return hash != null && match;
    }

    /** What an unknown name's secret is checked against ({@link #matches} with a null hash). */
    String decoyHash() {
        return decoy();
    }

    public static boolean fits(String secret) {
        return secret != null && !secret.isEmpty()
                && secret.getBytes(StandardCharsets.UTF_8).length <= MAX_SECRET_BYTES;
    }
}
