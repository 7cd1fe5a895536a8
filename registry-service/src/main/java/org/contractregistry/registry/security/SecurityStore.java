package org.contractregistry.registry.security;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.contractregistry.registry.domain.access.Role;
import org.contractregistry.registry.domain.access.Team;
import org.contractregistry.registry.store.StoreException;

/** The security tables (V10) on one connection: users, teams and API keys. The caller owns the transaction. */
final class SecurityStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final String USER_COLUMNS = "user_name, password_hash, role_name, team_name, created_at, updated_at";
    private static final String KEY_COLUMNS = "key_id, secret_hash, role_name, team_name, description, created_by,"
            + " created_at, expires_at, revoked_at";

    private final Connection connection;

    SecurityStore(Connection connection) {
        this.connection = connection;
    }

    // ---- users ----------------------------------------------------------------------------------------------

    Optional<UserRecord> user(String name) {
        return one("SELECT " + USER_COLUMNS + " FROM security_users WHERE user_name = ?", SecurityStore::user, name);
    }

    List<UserRecord> users() {
        return all("SELECT " + USER_COLUMNS + " FROM security_users ORDER BY user_name", SecurityStore::user);
    }

    void insertUser(UserRecord user) {
        update("INSERT INTO security_users (" + USER_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)", user.name(),
                user.passwordHash(), user.role().name(), user.team(), user.createdAt(), user.updatedAt());
    }

    void updateUser(UserRecord user) {
        update("UPDATE security_users SET password_hash = ?, role_name = ?, team_name = ?, updated_at = ?"
                + " WHERE user_name = ?", user.passwordHash(), user.role().name(), user.team(), user.updatedAt(),
                user.name());
    }

    boolean deleteUser(String name) {
        return update("DELETE FROM security_users WHERE user_name = ?", name) > 0;
    }

    // ---- teams ----------------------------------------------------------------------------------------------

    Optional<Team> team(String name) {
        return one("SELECT team_name, prefixes, contexts FROM security_teams WHERE team_name = ?", SecurityStore::team,
                name);
    }

    List<Team> teams() {
        return all("SELECT team_name, prefixes, contexts FROM security_teams ORDER BY team_name", SecurityStore::team);
    }

    /** Inserts or replaces a team's prefixes and contexts; true when it is new. */
    boolean putTeam(Team team, long now) {
        String prefixes = write(team.prefixes());
        String contexts = write(team.contexts());
        if (update("UPDATE security_teams SET prefixes = ?, contexts = ? WHERE team_name = ?", prefixes, contexts,
                team.name()) > 0) {
            return false;
        }
        update("INSERT INTO security_teams (team_name, prefixes, contexts, created_at) VALUES (?, ?, ?, ?)",
                team.name(), prefixes, contexts, now);
        return true;
    }

    boolean deleteTeam(String name) {
        return update("DELETE FROM security_teams WHERE team_name = ?", name) > 0;
    }

    /** How many users and keys act for a team (a team is deleted only when none do). */
    int members(String team) {
        return count("SELECT COUNT(*) FROM security_users WHERE team_name = ?", team)
                + count("SELECT COUNT(*) FROM security_api_keys WHERE team_name = ? AND revoked_at IS NULL", team);
    }

    // ---- keys -----------------------------------------------------------------------------------------------

    Optional<ApiKeyRecord> key(String id) {
        return one("SELECT " + KEY_COLUMNS + " FROM security_api_keys WHERE key_id = ?", SecurityStore::key, id);
    }

    /** Every key, or a team's when {@code team} is not null; newest first. */
    List<ApiKeyRecord> keys(String team) {
        String sql = "SELECT " + KEY_COLUMNS + " FROM security_api_keys"
                + (team == null ? "" : " WHERE team_name = ?") + " ORDER BY created_at DESC, key_id";
        return team == null ? all(sql, SecurityStore::key) : all(sql, SecurityStore::key, team);
    }

    void insertKey(ApiKeyRecord key) {
        update("INSERT INTO security_api_keys (" + KEY_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", key.id(),
                key.secretHash(), key.role().name(), key.team(), key.description(), key.createdBy(), key.createdAt(),
                new Bigint(key.expiresAt()), new Bigint(key.revokedAt()));
    }

    boolean revokeKey(String id, long now) {
        return update("UPDATE security_api_keys SET revoked_at = ? WHERE key_id = ? AND revoked_at IS NULL", now,
                id) > 0;
    }

    /**
     * Whether any user or any key not revoked nor expired exists: then the registry is not open. Asked at start and
     * every cache period: the first row found answers, however many users and keys there are.
     */
    boolean hasCredentials(long now) {
        return !all("SELECT 1 FROM security_users FETCH FIRST 1 ROWS ONLY", rs -> 1).isEmpty()
                || !all("SELECT 1 FROM security_api_keys WHERE revoked_at IS NULL"
                        + " AND (expires_at IS NULL OR expires_at > ?) FETCH FIRST 1 ROWS ONLY", rs -> 1, now).isEmpty();
    }

    // ---- rows -----------------------------------------------------------------------------------------------

    private static UserRecord user(ResultSet rs) throws SQLException {
        return new UserRecord(rs.getString(1), rs.getString(2), role(rs.getString(3)), rs.getString(4), rs.getLong(5),
                rs.getLong(6));
    }

    private static Team team(ResultSet rs) throws SQLException {
        return new Team(rs.getString(1), read(rs.getString(2)), read(rs.getString(3)));
    }

    private static ApiKeyRecord key(ResultSet rs) throws SQLException {
        return new ApiKeyRecord(rs.getString(1), rs.getString(2), role(rs.getString(3)), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getLong(7), nullableLong(rs, 8), nullableLong(rs, 9));
    }

    private static Role role(String stored) {
        return Role.valueOf(stored.toUpperCase(Locale.ROOT));
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static String write(List<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> read(String text) {
        try {
            return JSON.readValue(text, STRINGS);
        } catch (IOException e) {
            throw new IllegalStateException("security_teams holds a list that is not JSON: " + text, e);
        }
    }

    // ---- JDBC -----------------------------------------------------------------------------------------------

    /** A nullable BIGINT parameter (a plain null is bound as VARCHAR). */
    private record Bigint(Long value) {
    }

    @FunctionalInterface
    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> Optional<T> one(String sql, Row<T> row, Object... parameters) {
        List<T> rows = all(sql, row, parameters);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    private <T> List<T> all(String sql, Row<T> row, Object... parameters) {
        try (PreparedStatement statement = prepare(sql, parameters); ResultSet rs = statement.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(row.read(rs));
            }
            return rows;
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    private int count(String sql, Object... parameters) {
        return all(sql, rs -> rs.getInt(1), parameters).get(0);
    }

    private int update(String sql, Object... parameters) {
        try (PreparedStatement statement = prepare(sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    private PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            if (value instanceof Bigint bigint) {
                if (bigint.value() == null) {
                    statement.setNull(i + 1, Types.BIGINT);
                } else {
                    statement.setLong(i + 1, bigint.value());
                }
            } else if (value == null) {
                statement.setNull(i + 1, Types.VARCHAR);
            } else {
                statement.setObject(i + 1, value);
            }
        }
        return statement;
    }
}
