package org.contractregistry.registry.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.contractregistry.contracts.SchemaType;
import org.contractregistry.registry.domain.Json;
import org.contractregistry.registry.domain.QualifiedSubject;
import org.contractregistry.registry.domain.SchemaReference;
import org.contractregistry.registry.domain.StoredSchema;
import org.contractregistry.registry.domain.VersionRecord;

/** {@link RegistryStore} over one JDBC connection; portable SQL for H2 2.x and PostgreSQL. */
public final class JdbcRegistryStore implements RegistryStore {
    private static final String VERSION_COLUMNS = "context_name, subject, version, schema_id, deleted, registered_at";

    private final Connection connection;

    public JdbcRegistryStore(Connection connection) {
        this.connection = connection;
    }

    @Override
    public void lockSubject(QualifiedSubject subject) {
        // An upsert locks the row whether it was there or not; a concurrent first insert fails on the key and the
        // transaction runs again.
        update(postgres()
                ? "INSERT INTO registry_subjects (context_name, subject) VALUES (?, ?)"
                        + " ON CONFLICT (context_name, subject) DO UPDATE SET subject = EXCLUDED.subject"
                : "MERGE INTO registry_subjects (context_name, subject) KEY (context_name, subject) VALUES (?, ?)",
                subject.context(), subject.name());
    }

    @Override
    public List<VersionRecord> versions(QualifiedSubject subject) {
        return query("SELECT " + VERSION_COLUMNS + " FROM registry_subject_versions"
                + " WHERE context_name = ? AND subject = ? ORDER BY version", JdbcRegistryStore::version,
                subject.context(), subject.name());
    }

    @Override
    public List<VersionRecord> versionsOfSchema(String context, int schemaId) {
        return query("SELECT " + VERSION_COLUMNS + " FROM registry_subject_versions"
                + " WHERE context_name = ? AND schema_id = ? ORDER BY subject, version", JdbcRegistryStore::version,
                context, schemaId);
    }

    @Override
    public List<VersionRecord> allVersions(SubjectFilter filter) {
        String like = escapeLike(filter.namePrefix()) + "%";
        if (filter.context() == null) {
            return query("SELECT " + VERSION_COLUMNS + " FROM registry_subject_versions WHERE subject LIKE ? ESCAPE '!'"
                    + " ORDER BY context_name, subject, version", JdbcRegistryStore::version, like);
        }
        return query("SELECT " + VERSION_COLUMNS + " FROM registry_subject_versions"
                + " WHERE context_name = ? AND subject LIKE ? ESCAPE '!' ORDER BY subject, version",
                JdbcRegistryStore::version, filter.context(), like);
    }

    @Override
    public Optional<VersionRecord> versionAt(QualifiedSubject subject, long instant, boolean includeDeleted) {
        return first(query("SELECT " + VERSION_COLUMNS + " FROM registry_subject_versions"
                + " WHERE context_name = ? AND subject = ? AND registered_at <= ?"
                + (includeDeleted ? "" : " AND deleted = FALSE")
                + " ORDER BY version DESC FETCH FIRST 1 ROWS ONLY", JdbcRegistryStore::version,
                subject.context(), subject.name(), instant));
    }

    @Override
    public Optional<StoredSchema> schema(String context, int id) {
        List<SchemaReference> references = query("SELECT ref_name, ref_context, ref_subject, ref_version"
                + " FROM registry_schema_references WHERE context_name = ? AND schema_id = ? ORDER BY ordinal",
                rs -> new SchemaReference(rs.getString(1), wireSubject(rs.getString(2), rs.getString(3), context),
                        rs.getInt(4)), context, id);
        return first(query("SELECT schema_type, schema_text, metadata_json, rule_set_json, content_hash"
                + " FROM registry_schemas WHERE context_name = ? AND schema_id = ?",
                rs -> new StoredSchema(context, id, SchemaType.valueOf(rs.getString(1)), rs.getString(2), references,
                        Json.read(rs.getString(3)), Json.read(rs.getString(4)), rs.getString(5)), context, id));
    }

    @Override
    public Optional<Integer> schemaIdByHash(String context, String contentHash) {
        return first(query("SELECT schema_id FROM registry_schemas WHERE context_name = ? AND content_hash = ?",
                rs -> rs.getInt(1), context, contentHash));
    }

    @Override
    public int lockNextId(String context) {
        List<Integer> next = query("SELECT next_id FROM registry_contexts WHERE context_name = ? FOR UPDATE",
                rs -> rs.getInt(1), context);
        if (!next.isEmpty()) {
            return next.get(0);
        }
        update("INSERT INTO registry_contexts (context_name, next_id) VALUES (?, 1)", context);
        return 1;
    }

    @Override
    public int reserveId(String context) {
        try {
            if (!connection.getAutoCommit()) {
                throw new IllegalStateException("reserveId needs a connection outside a transaction");
            }
            if (postgres()) {
                // One statement, its own transaction: the counter row is never locked across a client round trip.
                return query("SELECT registry_reserve_id(?)", rs -> rs.getInt(1), context).get(0);
            }
            connection.setAutoCommit(false);
            try {
                int next = lockNextId(context);
                setNextId(context, next + 1);
                connection.commit();
                return next;
            } catch (RuntimeException | SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    private boolean postgres() {
        try {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    @Override
    public void setNextId(String context, int nextId) {
        update("UPDATE registry_contexts SET next_id = ? WHERE context_name = ?", nextId, context);
    }

    @Override
    public void insertSchema(StoredSchema schema, long createdAt) {
        update("INSERT INTO registry_schemas (context_name, schema_id, content_hash, schema_type, schema_text,"
                + " metadata_json, rule_set_json, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                schema.context(), schema.id(), schema.contentHash(), schema.type().name(), schema.text(),
                Json.write(schema.metadata()), Json.write(schema.ruleSet()), createdAt);
        int ordinal = 0;
        for (SchemaReference reference : schema.references()) {
            QualifiedSubject target = QualifiedSubject.contextScope(schema.context()).resolveReference(reference.subject());
            update("INSERT INTO registry_schema_references (context_name, schema_id, ordinal, ref_name, ref_context,"
                    + " ref_subject, ref_version) VALUES (?, ?, ?, ?, ?, ?, ?)", schema.context(), schema.id(),
                    ordinal++, reference.name(), target.context(), target.name(), reference.version());
        }
    }

    @Override
    public void deleteSchema(String context, int id) {
        update("DELETE FROM registry_schema_references WHERE context_name = ? AND schema_id = ?", context, id);
        update("DELETE FROM registry_schemas WHERE context_name = ? AND schema_id = ?", context, id);
    }

    @Override
    public void insertVersion(VersionRecord v) {
        update("INSERT INTO registry_subject_versions (" + VERSION_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)",
                v.subject().context(), v.subject().name(), v.version(), v.schemaId(), v.deleted(), v.registeredAt());
    }

    @Override
    public void markDeleted(QualifiedSubject subject, int version) {
        update("UPDATE registry_subject_versions SET deleted = TRUE WHERE context_name = ? AND subject = ? AND version = ?",
                subject.context(), subject.name(), version);
    }

    @Override
    public void deleteVersion(QualifiedSubject subject, int version) {
        update("DELETE FROM registry_subject_versions WHERE context_name = ? AND subject = ? AND version = ?",
                subject.context(), subject.name(), version);
    }

    @Override
    public List<Integer> referrers(QualifiedSubject subject, int version) {
        return query("SELECT DISTINCT schema_id FROM registry_schema_references"
                + " WHERE ref_context = ? AND ref_subject = ? AND ref_version = ? AND context_name = ref_context"
                + " ORDER BY schema_id", rs -> rs.getInt(1), subject.context(), subject.name(), version);
    }

    @Override
    public List<String> contexts() {
        return query("SELECT DISTINCT context_name FROM registry_subject_versions ORDER BY context_name",
                rs -> rs.getString(1));
    }

    @Override
    public int maxSchemaId(String context) {
        return query("SELECT MAX(schema_id) FROM registry_schemas WHERE context_name = ?", rs -> rs.getInt(1), context)
                .get(0);
    }

    @Override
    public Optional<ObjectNode> config(QualifiedSubject scope) {
        return first(query("SELECT config_json FROM registry_configs WHERE context_name = ? AND subject = ?",
                rs -> (ObjectNode) Json.read(rs.getString(1)), scope.context(), scope.name()));
    }

    @Override
    public ScopeSettings settings(List<QualifiedSubject> scopes) {
        Map<QualifiedSubject, ObjectNode> configs = new HashMap<>();
        Map<QualifiedSubject, String> modes = new HashMap<>();
        if (scopes.isEmpty()) {
            return new ScopeSettings(configs, modes);
        }
        StringBuilder where = new StringBuilder();
        Object[] args = new Object[scopes.size() * 4];
        for (int i = 0; i < scopes.size(); i++) {
            where.append(i == 0 ? "" : " OR ").append("(context_name = ? AND subject = ?)");
            args[2 * i] = scopes.get(i).context();
            args[2 * i + 1] = scopes.get(i).name();
        }
        System.arraycopy(args, 0, args, scopes.size() * 2, scopes.size() * 2);
        query("SELECT 'c', context_name, subject, config_json FROM registry_configs WHERE " + where
                + " UNION ALL SELECT 'm', context_name, subject, mode FROM registry_modes WHERE " + where, rs -> {
                    QualifiedSubject scope = new QualifiedSubject(rs.getString(2), rs.getString(3));
                    if (rs.getString(1).equals("c")) {
                        configs.put(scope, (ObjectNode) Json.read(rs.getString(4)));
                    } else {
                        modes.put(scope, rs.getString(4));
                    }
                    return scope;
                }, args);
        return new ScopeSettings(configs, modes);
    }

    @Override
    public void putConfig(QualifiedSubject scope, ObjectNode config) {
        deleteConfig(scope);
        update("INSERT INTO registry_configs (context_name, subject, config_json) VALUES (?, ?, ?)",
                scope.context(), scope.name(), Json.write(config));
    }

    @Override
    public void deleteConfig(QualifiedSubject scope) {
        update("DELETE FROM registry_configs WHERE context_name = ? AND subject = ?", scope.context(), scope.name());
    }

    @Override
    public Optional<String> mode(QualifiedSubject scope) {
        return first(query("SELECT mode FROM registry_modes WHERE context_name = ? AND subject = ?",
                rs -> rs.getString(1), scope.context(), scope.name()));
    }

    @Override
    public void putMode(QualifiedSubject scope, String mode) {
        deleteMode(scope);
        update("INSERT INTO registry_modes (context_name, subject, mode) VALUES (?, ?, ?)",
                scope.context(), scope.name(), mode);
    }

    @Override
    public void deleteMode(QualifiedSubject scope) {
        update("DELETE FROM registry_modes WHERE context_name = ? AND subject = ?", scope.context(), scope.name());
    }

    @Override
    public boolean hasVersions(String context) {
        if (context == null) {
            return !query("SELECT 1 FROM registry_subject_versions FETCH FIRST 1 ROWS ONLY", rs -> 1).isEmpty();
        }
        return !query("SELECT 1 FROM registry_subject_versions WHERE context_name = ? FETCH FIRST 1 ROWS ONLY",
                rs -> 1, context).isEmpty();
    }

    private static VersionRecord version(ResultSet rs) throws SQLException {
        return new VersionRecord(new QualifiedSubject(rs.getString(1), rs.getString(2)), rs.getInt(3), rs.getInt(4),
                rs.getBoolean(5), rs.getLong(6));
    }

    /** A referenced subject as the referrer wrote it: bare in the referrer's own context, else qualified. */
    private static String wireSubject(String refContext, String refSubject, String ownContext) {
        return refContext.equals(ownContext) ? refSubject : new QualifiedSubject(refContext, refSubject).qualified();
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static <T> Optional<T> first(List<T> rows) {
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
    }

    @FunctionalInterface
    private interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, Row<T> row, Object... args) {
        try (PreparedStatement statement = prepare(sql, args); ResultSet rs = statement.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(row.map(rs));
            }
            return rows;
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    private int update(String sql, Object... args) {
        try (PreparedStatement statement = prepare(sql, args)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    private PreparedStatement prepare(String sql, Object... args) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            statement.setObject(i + 1, args[i]);
        }
        return statement;
    }
}
