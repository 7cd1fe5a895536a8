package org.contractregistry.registry.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.contractregistry.contracts.SchemaType;
import org.contractregistry.registry.domain.Json;
import org.contractregistry.registry.domain.QualifiedSubject;
import org.contractregistry.registry.domain.SchemaKey;
import org.contractregistry.registry.domain.SchemaReference;
import org.contractregistry.registry.domain.StoredSchema;
import org.contractregistry.registry.domain.VersionRecord;
import org.contractregistry.registry.domain.audit.AuditEvent;
import org.postgresql.PGStatement;

/** {@link RegistryStore} over one JDBC connection; portable SQL for H2 2.x and PostgreSQL. */
public final class JdbcRegistryStore implements RegistryStore {
    private static final boolean PLANNED_EACH_TIME = true;
    private static final boolean PLANNED_ONCE = false;
    private static final String VERSION_COLUMNS = "context_name, subject, version, schema_id, deleted, registered_at";

    private final Connection connection;
    private final SqlDialect dialect;
    private final List<AuditEvent> audited = new ArrayList<>();
    private boolean listingChanged;
    /** Subjects this transaction read with at least one live version: a live version more changes no listing. */
    private final Set<QualifiedSubject> liveSubjects = new HashSet<>();

    public JdbcRegistryStore(Connection connection, SqlDialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    @Override
    public void lockSubject(QualifiedSubject subject) {
        update(lockSubjectSql(subject));
    }

    /** An upsert locks the row whether it was there or not; a concurrent first insert fails on the key and the
     * transaction runs again. */
    private Sql lockSubjectSql(QualifiedSubject subject) {
        return new Sql(dialect == SqlDialect.POSTGRESQL
                ? "INSERT INTO registry_subjects (context_name, subject) VALUES (?, ?)"
                        + " ON CONFLICT (context_name, subject) DO UPDATE SET subject = EXCLUDED.subject"
                : "MERGE INTO registry_subjects (context_name, subject) KEY (context_name, subject) VALUES (?, ?)",
                subject.context(), subject.name());
    }

    @Override
    public SubjectState subjectState(QualifiedSubject subject, List<QualifiedSubject> scopes, boolean lock) {
        StateRows state = new StateRows();
        Sql read = stateSql(subject, scopes);
        inOneTrip(lock ? List.of(lockSubjectSql(subject), read) : List.of(read), state::map, PLANNED_ONCE);
        if (lock && state.versions.stream().anyMatch(version -> !version.deleted())) {
            liveSubjects.add(subject);
        }
        return state.toState();
    }

    /**
     * The probe is one more statement in the state's round trip: the newest versions, each joined with its schema
     * only when that schema's text is one of the texts or it has references (else the schema columns are null).
     */
    @Override
    public TextProbe.Probed probedSubjectState(QualifiedSubject subject, List<QualifiedSubject> scopes,
            List<String> texts) {
        StateRows state = new StateRows();
        Map<Integer, SchemaRows> byVersion = new LinkedHashMap<>();
        Set<Integer> ruledOut = new HashSet<>();
        Row<Void> row = rs -> {
            if (!rs.getString(1).equals("s")) {
                return state.map(rs);
            }
            int schemaId = rs.getInt(3);
            if (rs.getString(4) == null) {
                ruledOut.add(schemaId);
            } else {
                byVersion.computeIfAbsent(rs.getInt(2), version -> new SchemaRows(schemaId, rs, 4)).add(rs);
            }
            return null;
        };
        Sql probe = dialect == SqlDialect.POSTGRESQL ? probeByTextIndex(subject, texts) : probeByRows(subject, texts);
        inOneTrip(List.of(stateSql(subject, scopes), probe), row, PLANNED_ONCE);
        Map<Integer, StoredSchema> candidates = new HashMap<>();
        byVersion.values().forEach(r -> candidates.putIfAbsent(r.id, r.toSchema(subject.context())));
        return new TextProbe.Probed(state.toState(), new TextProbe(candidates, ruledOut));
    }

    /**
     * The probe's rows (tag 's', version, schema id, then the schema's columns and a reference's, null for a schema
     * that cannot match): each of the newest versions' schemas read and its text compared.
     */
    private static Sql probeByRows(QualifiedSubject subject, List<String> texts) {
        return new Sql(PROBE_COLUMNS + " FROM (" + NEWEST_VERSIONS + ") v"
                + " LEFT JOIN registry_schemas s ON s.context_name = ? AND s.schema_id = v.schema_id"
                + " AND (s.schema_text IN (?, ?) OR EXISTS (SELECT 1 FROM registry_schema_references x"
                + " WHERE x.context_name = s.context_name AND x.schema_id = s.schema_id))"
                + PROBE_REFERENCES, subject.context(), subject.name(), subject.context(),
                texts.get(0), texts.get(texts.size() - 1));
    }

    /**
     * The same rows on PostgreSQL, where V96 indexes the schemas by their text's md5: the ids holding the text are
     * found with one index descent and only the newest versions with such an id (or with references) read their
     * schema's row.
     */
    private static Sql probeByTextIndex(QualifiedSubject subject, List<String> texts) {
        String first = texts.get(0);
        String last = texts.get(texts.size() - 1);
        return new Sql("WITH holding AS (SELECT schema_id FROM registry_schemas WHERE context_name = ?"
                + " AND md5(schema_text) IN (md5(?), md5(?)) AND schema_text IN (?, ?)),"
                + " v AS (" + NEWEST_VERSIONS + "),"
                + " m AS (SELECT v.version, v.schema_id FROM v WHERE v.schema_id IN (SELECT schema_id FROM holding)"
                + " OR EXISTS (SELECT 1 FROM registry_schema_references x WHERE x.context_name = ?"
                + " AND x.schema_id = v.schema_id))"
                + " " + PROBE_COLUMNS + " FROM v LEFT JOIN m ON m.version = v.version"
                + " LEFT JOIN registry_schemas s ON s.context_name = ? AND s.schema_id = m.schema_id"
                + PROBE_REFERENCES, subject.context(), first, last, first, last,
                subject.context(), subject.name(), subject.context(), subject.context());
    }

    /** What each of the probe's rows holds (version {@code v}, its schema {@code s} or nulls, a reference {@code r}). */
    private static final String PROBE_COLUMNS = "SELECT 's', v.version, v.schema_id, s.schema_type, s.schema_text,"
            + " s.metadata_json, s.rule_set_json, s.content_hash, r.ref_name, r.ref_context, r.ref_subject,"
            + " r.ref_version";

    /** The probe's tail: each schema's references, a row each, newest version first. */
    private static final String PROBE_REFERENCES = " LEFT JOIN registry_schema_references r"
            + " ON r.context_name = s.context_name AND r.schema_id = s.schema_id ORDER BY v.version DESC, r.ordinal";

    /** A subject's newest {@link TextProbe#WINDOW} versions (soft-deleted included): context and subject as arguments. */
    private static final String NEWEST_VERSIONS = "SELECT version, schema_id FROM registry_subject_versions"
            + " WHERE context_name = ? AND subject = ? ORDER BY version DESC FETCH FIRST " + TextProbe.WINDOW
            + " ROWS ONLY";

    /** One row per version ('v'), stored config ('c') and stored mode ('m'), typed alike for the UNION. */
    private static Sql stateSql(QualifiedSubject subject, List<QualifiedSubject> scopes) {
        List<Object> args = new ArrayList<>(List.of(subject.context(), subject.name()));
        StringBuilder sql = new StringBuilder("SELECT 'v', context_name, subject, CAST(NULL AS VARCHAR), version,"
                + " schema_id, deleted, registered_at FROM registry_subject_versions WHERE context_name = ? AND subject = ?");
        if (!scopes.isEmpty()) {
            sql.append(" UNION ALL ").append(settingsQuery(scopes, args));
        }
        sql.append(" ORDER BY 1, 5");
        return new Sql(sql.toString(), args.toArray());
    }

    /** The rows of {@link #stateSql}, gathered. */
    private static final class StateRows {
        final List<VersionRecord> versions = new ArrayList<>();
        final Map<QualifiedSubject, ObjectNode> configs = new HashMap<>();
        final Map<QualifiedSubject, String> modes = new HashMap<>();
        final Row<Void> setting = settingRow(configs, modes);

        Void map(ResultSet rs) throws SQLException {
            if (rs.getString(1).equals("v")) {
                versions.add(new VersionRecord(new QualifiedSubject(rs.getString(2), rs.getString(3)), rs.getInt(5),
                        rs.getInt(6), rs.getBoolean(7), rs.getLong(8)));
                return null;
            }
            return setting.map(rs);
        }

        SubjectState toState() {
            return new SubjectState(versions, new ScopeSettings(configs, modes));
        }
    }

    @Override
    public Optional<ScopeSettings> allSettings(int atMost) {
        Map<QualifiedSubject, ObjectNode> configs = new HashMap<>();
        Map<QualifiedSubject, String> modes = new HashMap<>();
        Row<Void> setting = settingRow(configs, modes);
        int rows = query("SELECT 'c', context_name, subject, config_json FROM registry_configs UNION ALL"
                + " SELECT 'm', context_name, subject, mode FROM registry_modes FETCH FIRST " + (atMost + 1)
                + " ROWS ONLY", setting).size();
        return rows > atMost ? Optional.empty() : Optional.of(new ScopeSettings(configs, modes));
    }

    /** A row (tag 'c' or 'm', context, subject, config JSON or mode) into the config or the mode map. */
    private static Row<Void> settingRow(Map<QualifiedSubject, ObjectNode> configs, Map<QualifiedSubject, String> modes) {
        return rs -> {
            QualifiedSubject scope = new QualifiedSubject(rs.getString(2), rs.getString(3));
            if (rs.getString(1).equals("c")) {
                configs.put(scope, (ObjectNode) Json.read(rs.getString(4)));
            } else {
                modes.put(scope, rs.getString(4));
            }
            return null;
        };
    }

    /**
     * The stored configs ('c') and modes ('m') of the scopes, as rows of {@link #subjectState}'s shape (tag, context,
     * subject, config JSON or mode, then four typed nulls); their arguments are appended to {@code args}.
     */
    private static String settingsQuery(List<QualifiedSubject> scopes, List<Object> args) {
        StringBuilder where = new StringBuilder("(");
        for (int i = 0; i < scopes.size(); i++) {
            where.append(i == 0 ? "" : " OR ").append("(context_name = ? AND subject = ?)");
        }
        where.append(")");
        for (int copy = 0; copy < 2; copy++) { // the configs' and then the modes' condition
            scopes.forEach(scope -> args.addAll(List.of(scope.context(), scope.name())));
        }
        String nulls = ", CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), CAST(NULL AS BOOLEAN), CAST(NULL AS BIGINT)";
        return "SELECT 'c', context_name, subject, config_json" + nulls + " FROM registry_configs WHERE " + where
                + " UNION ALL SELECT 'm', context_name, subject, mode" + nulls + " FROM registry_modes WHERE " + where;
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
                + " WHERE context_name = ? AND schema_id = ? ORDER BY subject, version", PLANNED_EACH_TIME,
                JdbcRegistryStore::version, context, schemaId);
    }

    @Override
    public List<VersionRecord> versionsOfSchemaNamed(String name, int schemaId) {
        return query("SELECT " + VERSION_COLUMNS + " FROM registry_subject_versions"
                + " WHERE schema_id = ? AND subject = ? ORDER BY context_name, version", PLANNED_EACH_TIME,
                JdbcRegistryStore::version, schemaId, name);
    }

    @Override
    public List<VersionRecord> allVersions(SubjectFilter filter) {
        String like = LikePatterns.prefix(filter.namePrefix());
        if (filter.context() == null) {
            return query("SELECT " + VERSION_COLUMNS + " FROM registry_subject_versions WHERE subject LIKE ? ESCAPE '!'"
                    + " ORDER BY context_name, subject, version", JdbcRegistryStore::version, like);
        }
        return query("SELECT " + VERSION_COLUMNS + " FROM registry_subject_versions"
                + " WHERE context_name = ? AND subject LIKE ? ESCAPE '!' ORDER BY subject, version",
                JdbcRegistryStore::version, filter.context(), like);
    }

    @Override
    public List<QualifiedSubject> subjects(SubjectFilter filter, Liveness liveness, int offset, int limit) {
        return subjectsFrom(filter, liveness, null, offset, limit);
    }

    @Override
    public List<QualifiedSubject> subjectsFrom(SubjectFilter filter, Liveness liveness, QualifiedSubject from,
            int offset, int limit) {
        String versionsOf = "SELECT 1 FROM registry_subject_versions v"
                + " WHERE v.context_name = s.context_name AND v.subject = s.subject";
        String state = switch (liveness) {
            case LIVE -> " AND EXISTS (" + versionsOf + " AND v.deleted = FALSE)";
            case ANY -> " AND EXISTS (" + versionsOf + ")";
            case DELETED_ONLY -> " AND EXISTS (" + versionsOf + " AND v.deleted = TRUE)"
                    + " AND NOT EXISTS (" + versionsOf + " AND v.deleted = FALSE)";
        };
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT s.context_name, s.subject FROM registry_subjects s WHERE ");
        if (filter.context() != null) {
            sql.append("s.context_name = ? AND ");
            args.add(filter.context());
        }
        sql.append("s.subject LIKE ? ESCAPE '!'");
        args.add(LikePatterns.prefix(filter.namePrefix()));
        if (from != null) { // a keyset start: the index range begins there instead of at the first subject
            sql.append(" AND (s.context_name, s.subject) >= (?, ?)");
            args.addAll(List.of(from.context(), from.name()));
        }
        sql.append(state).append(" ORDER BY s.context_name, s.subject OFFSET ? ROWS FETCH NEXT ? ROWS ONLY");
        args.addAll(List.of(offset, limit));
        // Planned for each page: a plan made for "any offset and limit" reads every subject in parallel workers.
        return query(sql.toString(), PLANNED_EACH_TIME, rs -> new QualifiedSubject(rs.getString(1), rs.getString(2)),
                args.toArray());
    }

    @Override
    public long subjectListingGeneration() {
        return query(dialect == SqlDialect.POSTGRESQL
                ? "SELECT last_value FROM registry_subject_listing_generation"
                : "SELECT BASE_VALUE FROM INFORMATION_SCHEMA.SEQUENCES"
                        + " WHERE SEQUENCE_NAME = 'REGISTRY_SUBJECT_LISTING_GENERATION'", rs -> rs.getLong(1)).get(0);
    }

    /** Moves the listing generation on (a sequence: outside any transaction, never waits for another writer). */
    void advanceSubjectListingGeneration() {
        query(dialect == SqlDialect.POSTGRESQL ? "SELECT nextval('registry_subject_listing_generation')"
                : "SELECT NEXT VALUE FOR registry_subject_listing_generation", rs -> null);
    }

    /** Whether this transaction changed which subjects a listing shows (a version added, deleted or removed). */
    boolean changedSubjectListing() {
        return listingChanged;
    }

    @Override
    public List<VersionRecord> searchSubjects(String needle, int offset, int limit) {
        return query("SELECT context_name, subject, MAX(version), 0, FALSE, MAX(registered_at)"
                + " FROM registry_subject_versions WHERE deleted = FALSE AND LOWER(subject) LIKE ? ESCAPE '!'"
                + " GROUP BY context_name, subject ORDER BY context_name, subject OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                JdbcRegistryStore::version, LikePatterns.containsLowerCase(needle), offset, limit);
    }

    @Override
    public int countSubjects(String needle) {
        return query("SELECT COUNT(*) FROM (SELECT DISTINCT context_name, subject FROM registry_subject_versions"
                + " WHERE deleted = FALSE AND LOWER(subject) LIKE ? ESCAPE '!') s", rs -> rs.getInt(1),
                LikePatterns.containsLowerCase(needle)).get(0);
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
        return Optional.ofNullable(schemas(context, List.of(id)).get(id));
    }

    /**
     * One statement: each schema joined with its references (a row per reference, one row for a schema without). The
     * id list is padded to a size of 1, 4, 16 or a multiple of 64 by repeating the last id, so few statements are
     * prepared.
     */
    @Override
    public Map<Integer, StoredSchema> schemas(String context, Collection<Integer> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Integer> padded = new ArrayList<>(ids);
        int size = padded.size() <= 1 ? 1 : padded.size() <= 4 ? 4 : padded.size() <= 16 ? 16
                : (padded.size() + 63) / 64 * 64;
        while (padded.size() < size) {
            padded.add(padded.get(padded.size() - 1));
        }
        Object[] args = new Object[size + 1];
        args[0] = context;
        for (int i = 0; i < size; i++) {
            args[i + 1] = padded.get(i);
        }
        Map<Integer, SchemaRows> rows = new LinkedHashMap<>();
        query("SELECT s.schema_id, s.schema_type, s.schema_text, s.metadata_json, s.rule_set_json, s.content_hash,"
                + " r.ref_name, r.ref_context, r.ref_subject, r.ref_version FROM registry_schemas s"
                + " LEFT JOIN registry_schema_references r"
                + " ON r.context_name = s.context_name AND r.schema_id = s.schema_id"
                + " WHERE s.context_name = ? AND s.schema_id IN (" + "?, ".repeat(size - 1) + "?)"
                + " ORDER BY s.schema_id, r.ordinal", rs -> {
                    rows.computeIfAbsent(rs.getInt(1), id -> new SchemaRows(id, rs, 2)).add(rs);
                    return null;
                }, args);
        Map<Integer, StoredSchema> schemas = new HashMap<>();
        rows.values().forEach(r -> schemas.put(r.id, r.toSchema(context)));
        return schemas;
    }

    /** A reference as stored: its name, the referenced subject's context and name, and the version. */
    private record RefRow(String name, String context, String subject, int version) {}

    /**
     * A schema's columns (type, text, metadata, rule set, content hash from column {@code first} on, then a
     * reference's name, context, subject and version), gathered over its rows: one per reference, one without.
     */
    private static final class SchemaRows {
        final int id;
        final int first;
        final String type;
        final String text;
        final String metadata;
        final String ruleSet;
        final String contentHash;
        final List<RefRow> references = new ArrayList<>();

        SchemaRows(int id, ResultSet rs, int first) {
            this.id = id;
            this.first = first;
            try {
                this.type = rs.getString(first);
                this.text = rs.getString(first + 1);
                this.metadata = rs.getString(first + 2);
                this.ruleSet = rs.getString(first + 3);
                this.contentHash = rs.getString(first + 4);
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }

        /** The reference on this row, if any. */
        void add(ResultSet rs) throws SQLException {
            if (rs.getString(first + 5) != null) {
                references.add(new RefRow(rs.getString(first + 5), rs.getString(first + 6), rs.getString(first + 7),
                        rs.getInt(first + 8)));
            }
        }

        StoredSchema toSchema(String context) {
            List<SchemaReference> refs = references.stream().map(r -> new SchemaReference(r.name(),
                    wireSubject(r.context(), r.subject(), context), r.version())).toList();
            return new StoredSchema(context, id, SchemaType.valueOf(type), text, refs, Json.read(metadata),
                    Json.read(ruleSet), contentHash);
        }
    }

    @Override
    public Optional<Integer> schemaIdByHash(String context, String contentHash) {
        return first(query("SELECT schema_id FROM registry_schemas WHERE context_name = ? AND content_hash = ?",
                PLANNED_EACH_TIME, rs -> rs.getInt(1), context, contentHash));
    }

    /** Content hashes are 64 lowercase hex digits: those starting with the prefix are one range of the content key. */
    @Override
    public List<SchemaKey> schemasWithHashPrefix(String hashPrefix) {
        return query("SELECT context_name, schema_id FROM registry_schemas WHERE content_hash BETWEEN ? AND ?"
                + " ORDER BY context_name, schema_id", PLANNED_EACH_TIME, rs -> new SchemaKey(rs.getString(1),
                rs.getInt(2)), hashPrefix, hashPrefix + "f".repeat(Math.max(0, 64 - hashPrefix.length())));
    }

    @Override
    public int lockNextId(String context) {
        if (dialect == SqlDialect.POSTGRESQL) {
            return nextFromSequence(context);
        }
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
            if (dialect == SqlDialect.POSTGRESQL) {
                return nextFromSequence(context);
            }
            return JdbcTransactions.once(connection, ignored -> {
                int next = lockNextId(context);
                setNextId(context, next + 1);
                return next;
            });
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /** PostgreSQL: the next number of the context's id sequence (V1_2), which no other caller gets. */
    private int nextFromSequence(String context) {
        return query("SELECT registry_reserve_id(?)", rs -> rs.getInt(1), context).get(0);
    }

    @Override
    public IdForContent idForContent(String context, String contentHash) {
        if (dialect == SqlDialect.POSTGRESQL) {
            // COALESCE stops at the first value: the reservation runs only for content the context does not hold.
            int id = query("SELECT COALESCE((SELECT schema_id FROM registry_schemas WHERE context_name = ?"
                    + " AND content_hash = ?), -registry_reserve_id(?))", PLANNED_EACH_TIME, rs -> rs.getInt(1),
                    context, contentHash, context).get(0);
            return id > 0 ? new IdForContent(id, true) : new IdForContent(-id, false);
        }
        Optional<Integer> known = schemaIdByHash(context, contentHash);
        return known.map(id -> new IdForContent(id, true)).orElseGet(() -> new IdForContent(reserveId(context), false));
    }

    @Override
    public void setNextId(String context, int nextId) {
        if (dialect == SqlDialect.POSTGRESQL) {
            query("SELECT registry_advance_ids(?, ?)", rs -> null, context, nextId);
            return;
        }
        update("UPDATE registry_contexts SET next_id = ? WHERE context_name = ?", nextId, context);
    }

    @Override
    public void deleteSchema(String context, int id) {
        update("DELETE FROM registry_schema_references WHERE context_name = ? AND schema_id = ?", context, id);
        update("DELETE FROM registry_schemas WHERE context_name = ? AND schema_id = ?", context, id);
    }

    @Override
    public void insertVersion(VersionRecord v, StoredSchema newSchema) {
        List<Sql> statements = new ArrayList<>();
        if (newSchema != null) {
            statements.add(new Sql("INSERT INTO registry_schemas (context_name, schema_id, content_hash, schema_type,"
                    + " schema_text, metadata_json, rule_set_json, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    newSchema.context(), newSchema.id(), newSchema.contentHash(), newSchema.type().name(),
                    newSchema.text(), Json.write(newSchema.metadata()), Json.write(newSchema.ruleSet()),
                    v.registeredAt()));
            int ordinal = 0;
            QualifiedSubject scope = QualifiedSubject.contextScope(newSchema.context());
            for (SchemaReference reference : newSchema.references()) {
                QualifiedSubject target = scope.resolveReference(reference.subject());
                statements.add(new Sql("INSERT INTO registry_schema_references (context_name, schema_id, ordinal,"
                        + " ref_name, ref_context, ref_subject, ref_version) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        newSchema.context(), newSchema.id(), ordinal++, reference.name(), target.context(),
                        target.name(), reference.version()));
            }
        }
        statements.add(new Sql("INSERT INTO registry_subject_versions (" + VERSION_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?)", v.subject().context(), v.subject().name(), v.version(),
                v.schemaId(), v.deleted(), v.registeredAt()));
        inOneTrip(statements, rs -> null, PLANNED_ONCE);
        // A subject already live (read under this transaction's lock) stays in the same listings.
        listingChanged |= v.deleted() || !liveSubjects.contains(v.subject());
    }

    @Override
    public void markDeleted(QualifiedSubject subject, int version) {
        update("UPDATE registry_subject_versions SET deleted = TRUE WHERE context_name = ? AND subject = ? AND version = ?",
                subject.context(), subject.name(), version);
        listingChanged = true;
    }

    @Override
    public void deleteVersion(QualifiedSubject subject, int version) {
        update("DELETE FROM registry_subject_versions WHERE context_name = ? AND subject = ? AND version = ?",
                subject.context(), subject.name(), version);
        listingChanged = true;
    }

    @Override
    public List<Integer> referrers(QualifiedSubject subject, int version) {
        return query("SELECT DISTINCT schema_id FROM registry_schema_references"
                + " WHERE ref_context = ? AND ref_subject = ? AND ref_version = ? AND context_name = ref_context"
                + " ORDER BY schema_id", rs -> rs.getInt(1), subject.context(), subject.name(), version);
    }

    @Override
    public List<String> contexts() {
        return query("SELECT DISTINCT context_name FROM registry_subjects ORDER BY context_name", rs -> rs.getString(1));
    }

    @Override
    public void forgetContext(String context) {
        update("DELETE FROM registry_subjects WHERE context_name = ?", context);
        listingChanged = true;
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
        if (!scopes.isEmpty()) {
            List<Object> args = new ArrayList<>();
            query(settingsQuery(scopes, args), settingRow(configs, modes), args.toArray());
        }
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
    public void audit(AuditEvent event) {
        audited.add(event);
    }

    /** The changes recorded by {@link #audit} in this transaction, in order. */
    List<AuditEvent> audited() {
        return audited;
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

    private static <T> Optional<T> first(List<T> rows) {
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
    }

    @FunctionalInterface
    private interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, Row<T> row, Object... args) {
        return query(sql, PLANNED_ONCE, row, args);
    }

    private <T> List<T> query(String sql, boolean plannedEachTime, Row<T> row, Object... args) {
        try (PreparedStatement statement = prepare(sql, plannedEachTime, args); ResultSet rs = statement.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(row.map(rs));
            }
            return rows;
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /** One SQL statement and its arguments. */
    private record Sql(String text, Object... args) {
    }

    /**
     * Runs the statements in order, handing the rows of any query among them to {@code row}: on PostgreSQL as one
     * prepared statement, so one round trip; elsewhere one by one. A failing statement fails the call.
     */
    private <T> void inOneTrip(List<Sql> statements, Row<T> row, boolean plannedEachTime) {
        if (!dialect.sendsStatementsTogether() || statements.size() == 1) {
            for (Sql sql : statements) {
                run(sql, row, plannedEachTime);
            }
            return;
        }
        StringBuilder text = new StringBuilder();
        List<Object> args = new ArrayList<>();
        for (Sql sql : statements) {
            text.append(text.length() == 0 ? "" : ";\n").append(sql.text());
            args.addAll(Arrays.asList(sql.args()));
        }
        run(new Sql(text.toString(), args.toArray()), row, plannedEachTime);
    }

    private <T> void run(Sql sql, Row<T> row, boolean plannedEachTime) {
        try (PreparedStatement statement = prepare(sql.text(), plannedEachTime, sql.args())) {
            boolean rows = statement.execute();
            while (rows || statement.getUpdateCount() != -1) {
                if (rows) {
                    try (ResultSet rs = statement.getResultSet()) {
                        while (rs.next()) {
                            row.map(rs);
                        }
                    }
                }
                rows = statement.getMoreResults();
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    private int update(Sql sql) {
        return update(sql.text(), sql.args());
    }

    private int update(String sql, Object... args) {
        try (PreparedStatement statement = prepare(sql, PLANNED_ONCE, args)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /**
     * With {@code plannedEachTime}, PostgreSQL plans the statement for each execution with its values instead of
     * keeping a plan for the connection's life (pgjdbc's unnamed statement). For lookups that another index could also
     * serve by its first column (context_name): registry_schemas by content hash (its primary key leads with
     * context_name) and versions by schema id (the primary key again). A plan kept from when the tables were small and
     * not yet analysed (autovacuum off, or not yet run) may pick that index and then read every row of the context on
     * each call. Versions by subject have one such index only (migration V2).
     */
    private PreparedStatement prepare(String sql, boolean plannedEachTime, Object... args) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        if (plannedEachTime && dialect == SqlDialect.POSTGRESQL) {
            statement.unwrap(PGStatement.class).setPrepareThreshold(0);
        }
        for (int i = 0; i < args.length; i++) {
            statement.setObject(i + 1, args[i]);
        }
        return statement;
    }
}
