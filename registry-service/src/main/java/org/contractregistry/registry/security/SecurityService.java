package org.contractregistry.registry.security;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.contractregistry.registry.domain.ErrorCode;
import org.contractregistry.registry.domain.Json;
import org.contractregistry.registry.domain.RegistryException;
import org.contractregistry.registry.domain.access.AccessControl;
import org.contractregistry.registry.domain.access.AccessTarget;
import org.contractregistry.registry.domain.access.Caller;
import org.contractregistry.registry.domain.access.Grants;
import org.contractregistry.registry.domain.access.Permission;
import org.contractregistry.registry.domain.access.Role;
import org.contractregistry.registry.domain.access.Team;
import org.contractregistry.registry.domain.audit.AuditEvent;
import org.contractregistry.registry.domain.audit.AuditTrail;
import org.contractregistry.registry.security.SecurityViews.KeyView;
import org.contractregistry.registry.security.SecurityViews.NewKey;
import org.contractregistry.registry.security.SecurityViews.UserView;
import org.contractregistry.registry.store.JdbcTransactions;

/**
 * Users, teams and API keys: each change checks the caller's permission, then writes and appends its audit entry in
 * one transaction. Users and teams are the admin's; a team's owner manages the team's keys.
 */
public final class SecurityService {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@+-]{0,254}");
    public static final String ADMIN = "admin";

    private final DataSource dataSource;
    private final PasswordHashing hashing;
    private final AccessControl access;
    private final AuditTrail audit;
    private final Clock clock;
    private final Runnable changed;
    private final SecureRandom random = new SecureRandom();

    /** {@code changed} runs after each committed change (forgets cached credentials and teams). */
    public SecurityService(DataSource dataSource, PasswordHashing hashing, AccessControl access, AuditTrail audit,
            Clock clock, Runnable changed) {
        this.dataSource = dataSource;
        this.hashing = hashing;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.changed = changed;
    }

    // ---- users ----------------------------------------------------------------------------------------------

    /** Body of {@code PUT /users/{name}}: password required for a new user, absent keeps the current one. */
    public record UserChange(String password, String role, String team) {
    }

    public List<UserView> users() {
        access.require(Permission.ADMINISTER, AccessTarget.REGISTRY);
        return read(store -> store.users().stream().map(UserView::of).toList());
    }

    /** Creates or replaces a user (role and team as given; the password kept when none is sent). */
    public UserView putUser(String name, UserChange change) {
        Caller caller = access.require(Permission.ADMINISTER, AccessTarget.REGISTRY);
        return putUser(caller, name, change);
    }

    /** Start-up: {@code REGISTRY_AUTH_ADMIN_PASSWORD} creates or updates the user {@code admin} (role admin). */
    public UserView ensureAdmin(String password) {
        return putUser(Caller.system(), ADMIN, new UserChange(password, "admin", null));
    }

    private UserView putUser(Caller caller, String name, UserChange change) {
        requireName("user", name);
        if (Authenticator.KEY_ID.matcher(name).matches()) {
            throw unprocessable("user name '" + name + "' looks like an API key id (ak-<16 hex digits>)");
        }
        Role role = role(change.role());
        String team = blankToNull(change.team());
        String hash = change.password() == null ? null : hashing.hash(password(change.password()));
        return write(connection -> {
            SecurityStore store = new SecurityStore(connection);
            requireTeamFor(store, role, team);
            long now = clock.millis();
            var before = store.user(name);
            if (before.isEmpty() && hash == null) {
                throw unprocessable("a new user needs a password");
            }
            UserRecord after = new UserRecord(name, hash != null ? hash : before.get().passwordHash(), role, team,
                    before.map(UserRecord::createdAt).orElse(now), now);
            if (before.isEmpty()) {
                store.insertUser(after);
            } else {
                store.updateUser(after);
            }
            UserView view = UserView.of(after);
            audit.append(connection, caller, new AuditEvent(before.isEmpty() ? "user.create" : "user.update",
                    "user:" + name, null, null, before.map(u -> json(UserView.of(u))).orElse(null), json(view)));
            return view;
        });
    }

    public void deleteUser(String name) {
        Caller caller = access.require(Permission.ADMINISTER, AccessTarget.REGISTRY);
        write(connection -> {
            SecurityStore store = new SecurityStore(connection);
            UserRecord before = store.user(name).orElseThrow(() -> notFound("user '" + name + "'"));
            store.deleteUser(name);
            audit.append(connection, caller, new AuditEvent("user.delete", "user:" + name, null, null,
                    json(UserView.of(before)), null));
            return null;
        });
    }

    // ---- teams ----------------------------------------------------------------------------------------------

    public List<Team> teams() {
        access.require(Permission.READ, AccessTarget.REGISTRY);
        return read(SecurityStore::teams);
    }

    public Team putTeam(Team team) {
        Caller caller = access.require(Permission.ADMINISTER, AccessTarget.REGISTRY);
        requireName("team", team.name());
        return write(connection -> {
            SecurityStore store = new SecurityStore(connection);
            var before = store.team(team.name());
            store.putTeam(team, clock.millis());
            audit.append(connection, caller, new AuditEvent(before.isEmpty() ? "team.create" : "team.update",
                    "team:" + team.name(), null, null, before.map(SecurityService::json).orElse(null), json(team)));
            return team;
        });
    }

    public void deleteTeam(String name) {
        Caller caller = access.require(Permission.ADMINISTER, AccessTarget.REGISTRY);
        write(connection -> {
            SecurityStore store = new SecurityStore(connection);
            Team before = store.team(name).orElseThrow(() -> notFound("team '" + name + "'"));
            int members = store.members(name);
            if (members > 0) {
                throw new RegistryException(ErrorCode.OPERATION_NOT_PERMITTED, "Team '" + name + "' still has "
                        + members + " users or API keys; move or delete them (revoke the keys) first");
            }
            store.deleteTeam(name);
            audit.append(connection, caller, new AuditEvent("team.delete", "team:" + name, null, null, json(before),
                    null));
            return null;
        });
    }

    // ---- API keys -------------------------------------------------------------------------------------------

    /** Body of {@code POST /keys}; {@code expiresAt} in epoch milliseconds, or null for a key that does not expire. */
    public record KeyRequest(String role, String team, String description, Long expiresAt) {
    }

    /** A new key; its secret is in the answer only. A team's owner may create keys for its team, an admin any. */
    public NewKey createKey(KeyRequest request) {
        Role role = role(request.role());
        String team = blankToNull(request.team());
        Caller caller = access.require(keyPermission(role, team), keyTarget(team));
        long now = clock.millis();
        if (request.expiresAt() != null && request.expiresAt() <= now) {
            throw unprocessable("expiresAt " + request.expiresAt() + " is in the past (epoch milliseconds)");
        }
        byte[] idBytes = new byte[8];
        byte[] secretBytes = new byte[32];
        random.nextBytes(idBytes);
        random.nextBytes(secretBytes);
        String id = "ak-" + HexFormat.of().formatHex(idBytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes);
        ApiKeyRecord key = new ApiKeyRecord(id, hashing.hash(secret), role, team, request.description(),
                caller.principal(), now, request.expiresAt(), null);
        KeyView view = write(connection -> {
            SecurityStore store = new SecurityStore(connection);
            requireTeamFor(store, role, team);
            store.insertKey(key);
            KeyView created = KeyView.of(key);
            audit.append(connection, caller, new AuditEvent("key.create", "key:" + id, null, null, null,
                    json(created)));
            return created;
        });
        return new NewKey(id, secret, view);
    }

    public KeyView revokeKey(String id) {
        return write(connection -> {
            SecurityStore store = new SecurityStore(connection);
            ApiKeyRecord before = store.key(id).orElseThrow(() -> notFound("API key '" + id + "'"));
            Caller caller = access.require(keyPermission(before.role(), before.team()), keyTarget(before.team()));
            store.revokeKey(id, clock.millis());
            ApiKeyRecord after = store.key(id).orElseThrow();
            audit.append(connection, caller, new AuditEvent("key.revoke", "key:" + id, null, null,
                    json(KeyView.of(before)), json(KeyView.of(after))));
            return KeyView.of(after);
        });
    }

    /** A team's keys (its owner or an admin), or every key (an admin) when {@code team} is null. */
    public List<KeyView> keys(String team) {
        String name = blankToNull(team);
        access.require(name == null ? Permission.ADMINISTER : Permission.MANAGE_KEYS, keyTarget(name));
        return read(store -> store.keys(name).stream().map(KeyView::of).toList());
    }

    /** Keys of a team's roles are the team owner's to manage; keys of other roles, or of no team, the admin's. */
    private static Permission keyPermission(Role role, String team) {
        return team != null && role != Role.ADMIN && role != Role.AUDITOR ? Permission.MANAGE_KEYS
                : Permission.ADMINISTER;
    }

    private static AccessTarget keyTarget(String team) {
        return team == null ? AccessTarget.REGISTRY : AccessTarget.team(team);
    }

    // ---- login failures -------------------------------------------------------------------------------------

    /** Appends a refused login to the audit log (its own transaction): the name claimed and why, never the secret. */
    public void loginFailed(String claimedName, String reason, String requestId, String clientAddress) {
        Caller who = new Caller(claimedName == null ? "anonymous" : claimedName, Caller.Kind.ANONYMOUS, null, Set.of(),
                requestId, clientAddress);
        JdbcTransactions.inTransaction(dataSource, connection -> {
            audit.append(connection, who, new AuditEvent("login.failure", claimedName, null, null, null,
                    Json.MAPPER.createObjectNode().put("reason", reason)));
            return null;
        });
        audit.committed(dataSource);
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private <T> T read(Function<SecurityStore, T> work) {
        return JdbcTransactions.withConnection(dataSource, connection -> work.apply(new SecurityStore(connection)));
    }

    private <T> T write(Function<java.sql.Connection, T> work) {
        T result = JdbcTransactions.inTransaction(dataSource, work);
        audit.committed(dataSource);
        changed.run();
        return result;
    }

    private static void requireTeamFor(SecurityStore store, Role role, String team) {
        if (team == null) {
            if (Grants.needsTeam(role)) {
                throw unprocessable("role " + SecurityViews.roleName(role) + " acts for a team: name one in 'team'");
            }
            return;
        }
        if (store.team(team).isEmpty()) {
            throw unprocessable("team '" + team + "' does not exist; create it with PUT /api/v1/security/teams/"
                    + team);
        }
    }

    private static Role role(String name) {
        if (name == null || name.isBlank()) {
            throw unprocessable("'role' is required: admin, owner, producer, reader or auditor");
        }
        try {
            return Role.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw unprocessable("role '" + name + "' is not one of admin, owner, producer, reader, auditor");
        }
    }

    private static String password(String password) {
        if (password.length() < 8 || !PasswordHashing.fits(password)) {
            throw unprocessable("a password has 8 to " + PasswordHashing.MAX_SECRET_BYTES + " bytes");
        }
        return password;
    }

    private static void requireName(String what, String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw unprocessable(what + " name '" + name + "' is not 1-255 letters, digits and . _ @ + -"
                    + " (starting with a letter or digit)");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static JsonNode json(Object value) {
        return Json.MAPPER.valueToTree(value);
    }

    private static RegistryException unprocessable(String message) {
        return new RegistryException(ErrorCode.UNPROCESSABLE_REQUEST, message);
    }

    private static RegistryException notFound(String what) {
        return new RegistryException(ErrorCode.NOT_FOUND, "No " + what + " is known");
    }
}
