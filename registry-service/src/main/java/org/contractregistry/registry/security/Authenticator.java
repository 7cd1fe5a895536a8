package org.contractregistry.registry.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.contractregistry.registry.domain.access.Caller;
import org.contractregistry.registry.store.JdbcTransactions;

/**
 * Turns an {@code Authorization} header into an {@link Identity}: HTTP Basic with a user's password or an API key's
 * {@code id:secret} (checked against their bcrypt hashes), or a Bearer JWT ({@link TokenVerifier}). A verified header
 * is remembered (by its SHA-256, never in clear) for {@code cacheTtl}, or until the key or token expires, so a
 * caller pays one bcrypt per instance and TTL; changes made through this instance forget every entry at once, changes
 * on another instance take effect within the TTL.
 * <p>
 * The registry is <em>open</em> (every caller anonymous, with every right) while no user exists, no usable key and no
 * issuer is configured (that state is re-read from the database once per TTL), or always when it is open on purpose
 * ({@code REGISTRY_AUTH_MODE=open}).
 */
public final class Authenticator {
    /** API key ids: {@code ak-} and 16 hex digits; user names may not look like one. */
    public static final Pattern KEY_ID = Pattern.compile("ak-[0-9a-f]{16}");

    private final DataSource dataSource;
    private final PasswordHashing hashing;
    private final TokenVerifier tokens;
    private final boolean openOnPurpose;
    private final Clock clock;
    private final long ttlMillis;
    private final Cache<String, Identity> verified;
    private volatile long credentialsCheckDue = Long.MIN_VALUE;
    private volatile boolean hasCredentials;

    /** {@code tokens} null when no issuer is configured. */
    public Authenticator(DataSource dataSource, PasswordHashing hashing, TokenVerifier tokens, Clock clock,
            Duration cacheTtl) {
        this(dataSource, hashing, tokens, false, clock, cacheTtl);
    }

    /** {@code openOnPurpose}: answer everyone as anonymous, whatever credentials exist. */
    public Authenticator(DataSource dataSource, PasswordHashing hashing, TokenVerifier tokens, boolean openOnPurpose,
            Clock clock, Duration cacheTtl) {
        this.openOnPurpose = openOnPurpose;
        this.dataSource = dataSource;
        this.hashing = hashing;
        this.tokens = tokens;
        this.clock = clock;
        this.ttlMillis = cacheTtl.toMillis();
        this.verified = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(cacheTtl).build();
    }

    /** Whether no credential of any kind is configured, so the registry answers everyone. */
    public boolean open() {
        if (openOnPurpose) {
            return true;
        }
        if (tokens != null) {
            return false;
        }
        long now = clock.millis();
        if (now >= credentialsCheckDue) {
            hasCredentials = JdbcTransactions.withConnection(dataSource,
                    connection -> new SecurityStore(connection).hasCredentials(now));
            credentialsCheckDue = now + ttlMillis;
        }
        return !hasCredentials;
    }

    /**
     * {@link #open()} when it is known without a statement (the last check is recent enough); empty when it is due
     * to be read again.
     */
    public Optional<Boolean> openWithoutReading() {
        if (openOnPurpose || tokens != null) {
            return Optional.of(openOnPurpose);
        }
        return clock.millis() < credentialsCheckDue ? Optional.of(!hasCredentials) : Optional.empty();
    }

    /**
     * The identity this header proved when it was verified before and is still valid: {@link #authenticate} without
     * a statement, a bcrypt or a token check. Empty otherwise (then {@code authenticate} decides).
     */
    public Optional<Identity> verifiedBefore(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        Identity identity = verified.getIfPresent(digest(header));
        return identity != null && identity.validUntil() > clock.millis() ? Optional.of(identity) : Optional.empty();
    }

    public boolean acceptsBearer() {
        return tokens != null;
    }

    /** Forgets verified credentials and the open state (after a change to users, keys or teams). */
    public void forgetAll() {
        verified.invalidateAll();
        credentialsCheckDue = Long.MIN_VALUE;
    }

    /** The identity an {@code Authorization} header proves; {@link AuthenticationFailed} otherwise. */
    public Identity authenticate(String header) {
        if (header == null || header.isBlank()) {
            throw new AuthenticationFailed("no credentials", null);
        }
        String key = digest(header);
        long now = clock.millis();
        // One verification per header at a time: the connections of one client that all miss (at start, or when the
        // entry expires) wait for one bcrypt instead of each paying for one. A refusal is not cached.
        Identity identity = verified.get(key, k -> verify(header.strip(), now));
        if (identity.validUntil() <= now) {
            verified.invalidate(key);
            identity = verified.get(key, k -> verify(header.strip(), now));
        }
        return identity;
    }

    private Identity verify(String header, long now) {
        int space = header.indexOf(' ');
        String scheme = space < 0 ? header : header.substring(0, space);
        String value = space < 0 ? "" : header.substring(space + 1).strip();
        if (scheme.equalsIgnoreCase("Basic")) {
            return basic(value, now);
        }
        if (scheme.equalsIgnoreCase("Bearer")) {
            if (tokens == null) {
                throw new AuthenticationFailed("bearer tokens are not accepted: no OIDC issuer is configured", null);
            }
            return tokens.verify(value);
        }
        throw new AuthenticationFailed("unsupported authorization scheme '" + scheme + "' (use Basic or Bearer)",
                null);
    }

    private Identity basic(String encoded, long now) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new AuthenticationFailed("Basic credentials are not base64", null);
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw new AuthenticationFailed("Basic credentials are not 'name:secret'", null);
        }
        String name = decoded.substring(0, colon);
        String secret = decoded.substring(colon + 1);
        return KEY_ID.matcher(name).matches() ? apiKey(name, secret, now) : user(name, secret);
    }

    private Identity user(String name, String password) {
        Optional<UserRecord> user = JdbcTransactions.withConnection(dataSource,
                connection -> new SecurityStore(connection).user(name));
        if (!hashing.matches(password, user.map(UserRecord::passwordHash).orElse(null))) {
            throw new AuthenticationFailed("wrong user name or password", name);
        }
        UserRecord found = user.get();
        return new Identity(found.name(), Caller.Kind.USER, found.team(), Set.of(found.role()), Long.MAX_VALUE);
    }

    private Identity apiKey(String id, String secret, long now) {
        Optional<ApiKeyRecord> key = JdbcTransactions.withConnection(dataSource,
                connection -> new SecurityStore(connection).key(id));
        if (!hashing.matches(secret, key.map(ApiKeyRecord::secretHash).orElse(null))) {
            throw new AuthenticationFailed("unknown API key or wrong secret", id);
        }
        ApiKeyRecord found = key.get();
        if (!found.usableAt(now)) {
            throw new AuthenticationFailed(found.revokedAt() != null ? "API key revoked" : "API key expired", id);
        }
        long until = found.expiresAt() == null ? Long.MAX_VALUE : found.expiresAt();
        return new Identity(found.id(), Caller.Kind.API_KEY, found.team(), Set.of(found.role()), until);
    }

    private static String digest(String header) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(header.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
