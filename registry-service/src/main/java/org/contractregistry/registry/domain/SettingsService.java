package org.contractregistry.registry.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.contractregistry.contracts.compatibility.CompatibilityLevel;
import org.contractregistry.contracts.compatibility.ProtobufStrictness;
import org.contractregistry.registry.domain.audit.Changes;
import org.contractregistry.registry.domain.access.AccessControl;
import org.contractregistry.registry.domain.access.Permission;
import org.contractregistry.registry.store.RegistryStore;
import org.contractregistry.registry.store.ScopeSettings;
import org.contractregistry.registry.store.Transactions;

/**
 * Compatibility config and modes per scope (subject, context, global). Resolution goes subject, then its context,
 * then global, then the server default. Config documents are stored in GET shape ({@code compatibilityLevel});
 * PUT bodies use {@code compatibility}, are partial (absent keeps, null clears) and are answered in PUT shape.
 */
public final class SettingsService {
    public static final String LEVEL = "compatibilityLevel";
    public static final String PUT_LEVEL = "compatibility";
    public static final String STRICTNESS = "protobufStrictness";
    public static final String NORMALIZE = "normalize";
    private static final QualifiedSubject GLOBAL = QualifiedSubject.contextScope(QualifiedSubject.DEFAULT_CONTEXT);

    /** How long {@link #recentInForce} trusts its copy of the settings tables. */
    static final long RECENT_NANOS = 1_000_000_000L;
    /** Above this many stored configs and modes, {@link #recentInForce} reads a subject's scopes each time. */
    static final int RECENT_MAX_ROWS = 10_000;

    private final Transactions transactions;
    private final RegistryDefaults defaults;
    private final AccessControl access;
    private volatile Recent recent;

    public SettingsService(Transactions transactions, RegistryDefaults defaults) {
        this(transactions, defaults, AccessControl.OPEN);
    }

    public SettingsService(Transactions transactions, RegistryDefaults defaults, AccessControl access) {
        this.transactions = transactions;
        this.defaults = defaults;
        this.access = access;
    }

    /** What changing a scope's config or mode needs: the admin's for the global scope, else its owner's. */
    static Permission toChange(QualifiedSubject scope) {
        if (scope.equals(GLOBAL)) {
            return Permission.ADMINISTER;
        }
        return scope.name().isEmpty() ? Permission.MANAGE_CONTEXT : Permission.MANAGE_SUBJECT;
    }

    /** A settings change: one transaction, after which this instance's recent copy is read again. */
    private <T> T write(Function<RegistryStore, T> work) {
        try {
            return transactions.write(work);
        } finally {
            recent = null;
        }
    }

    /** Every stored config and mode as read at {@code readAt} (System.nanoTime), or null when there were too many. */
    private record Recent(long readAt, ScopeSettings all) {
    }

    public static QualifiedSubject global() {
        return GLOBAL;
    }

    // ---- config ---------------------------------------------------------------------------------------------

    /** The stored config of a scope, merged with its parents when {@code defaultToGlobal}; 40408 when unset. */
    public ObjectNode config(QualifiedSubject scope, boolean defaultToGlobal) {
        return transactions.read(store -> {
            if (scope.equals(GLOBAL) || defaultToGlobal) {
                return merged(store, scope);
            }
            return store.config(scope).orElseThrow(() -> new RegistryException(ErrorCode.SUBJECT_CONFIG_NOT_FOUND,
                    "Subject '" + scope.qualified() + "' does not have subject-level compatibility configured"));
        });
    }

    /** Applies a partial update to a scope's config; answers the stored result in PUT shape. */
    public ObjectNode putConfig(QualifiedSubject scope, ObjectNode update) {
        access.require(toChange(scope), scope);
        ObjectNode normalized = validated(update);
        return write(store -> {
            requireWritable(store, scope);
            Optional<ObjectNode> before = store.config(scope);
            ObjectNode current = before.map(ObjectNode::deepCopy).orElseGet(Json.MAPPER::createObjectNode);
            Iterator<Map.Entry<String, JsonNode>> fields = normalized.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getValue() == null || field.getValue().isNull()) {
                    current.remove(field.getKey());
                } else {
                    current.set(field.getKey(), field.getValue());
                }
            }
            store.putConfig(scope, current);
            store.audit(Changes.setting(Changes.CONFIG_UPDATE, scope, before.orElse(null), current));
            return putShape(current);
        });
    }

    /** Removes a scope's config, answering what it was; 40401 when a subject scope had none. */
    public ObjectNode deleteConfig(QualifiedSubject scope) {
        access.require(toChange(scope), scope);
        return write(store -> {
            requireWritable(store, scope);
            Optional<ObjectNode> previous = store.config(scope);
            if (previous.isEmpty() && !scope.equals(GLOBAL)) {
                throw RegistryException.subjectNotFound(scope);
            }
            store.deleteConfig(scope);
            store.audit(Changes.setting(Changes.CONFIG_DELETE, scope, previous.orElse(null), null));
            return previous.orElseGet(() -> merged(store, GLOBAL));
        });
    }

    /** The mode and the merged config in force for a subject, read in one query. */
    public SubjectSettings inForce(RegistryStore store, QualifiedSubject subject) {
        return inForce(store.settings(scopes(subject)), subject);
    }

    /**
     * The settings in force for a subject as they were at most a second ago (this instance reads the config and mode
     * tables once a second instead of once a call). Only for guesses that a write checks again under its lock: another
     * instance's change may not be seen yet.
     */
    public SubjectSettings recentInForce(RegistryStore store, QualifiedSubject subject) {
        Recent copy = recent;
        long now = System.nanoTime();
        if (copy == null || now - copy.readAt() > RECENT_NANOS) {
            copy = new Recent(now, store.allSettings(RECENT_MAX_ROWS).orElse(null));
            recent = copy;
        }
        return copy.all() == null ? inForce(store, subject) : inForce(copy.all(), subject);
    }

    /** The mode and the merged config in force for a subject, from its {@link #scopes} read beforehand. */
    public SubjectSettings inForce(ScopeSettings stored, QualifiedSubject subject) {
        List<QualifiedSubject> chain = scopes(subject);
        return new SubjectSettings(mode(chain, stored.modes()), effective(merged(chain, stored.configs())));
    }

    /** The config in force for a subject, read in its own transaction. */
    public EffectiveConfig effective(QualifiedSubject subject) {
        return transactions.read(store -> effective(store, subject));
    }

    public EffectiveConfig effective(RegistryStore store, QualifiedSubject subject) {
        return inForce(store, subject).config();
    }

    private EffectiveConfig effective(ObjectNode merged) {
        return new EffectiveConfig(CompatibilityLevel.parse(merged.path(LEVEL).asText()).orElse(defaults.compatibility()),
                merged.path(NORMALIZE).asBoolean(false),
                ProtobufStrictness.parse(merged.path(STRICTNESS).asText()).orElse(defaults.protobufStrictness()),
                DataContractConfig.of(merged));
    }

    private ObjectNode merged(RegistryStore store, QualifiedSubject subject) {
        List<QualifiedSubject> chain = scopes(subject);
        return merged(chain, store.settings(chain).configs());
    }

    /** Server defaults overlaid by each scope's stored config, most general first. */
    private ObjectNode merged(List<QualifiedSubject> chain, Map<QualifiedSubject, ObjectNode> stored) {
        ObjectNode result = Json.MAPPER.createObjectNode();
        result.put(LEVEL, defaults.compatibility().name());
        result.put(STRICTNESS, defaults.protobufStrictness().name());
        for (QualifiedSubject scope : chain) {
            ObjectNode config = stored.get(scope);
            if (config != null) {
                result.setAll(config);
            }
        }
        return result;
    }

    private static ObjectNode validated(ObjectNode update) {
        ObjectNode stored = ConfigKeys.validated(update).deepCopy();
        if (stored.has(LEVEL) && !stored.has(PUT_LEVEL)) {
            stored.set(PUT_LEVEL, stored.get(LEVEL));
        }
        stored.remove(LEVEL);
        if (stored.has(PUT_LEVEL)) {
            JsonNode level = stored.remove(PUT_LEVEL);
            if (level.isNull()) {
                stored.putNull(LEVEL);
            } else {
                CompatibilityLevel parsed = CompatibilityLevel.parse(level.isTextual() ? level.asText() : null)
                        .orElseThrow(() -> new RegistryException(ErrorCode.INVALID_COMPATIBILITY_LEVEL,
                                "Invalid compatibility level. Valid values are none, backward, forward, full, "
                                        + "backward_transitive, forward_transitive, and full_transitive"));
                stored.put(LEVEL, parsed.name());
            }
        }
        JsonNode strictness = stored.get(STRICTNESS);
        if (strictness != null && !strictness.isNull()) {
            ProtobufStrictness parsed = ProtobufStrictness.parse(strictness.isTextual() ? strictness.asText() : null)
                    .orElseThrow(() -> new RegistryException(ErrorCode.INVALID_COMPATIBILITY_LEVEL,
                            "Invalid protobufStrictness '" + strictness.asText()
                                    + "'. Valid values are WIRE, WIRE_JSON and CONFLUENT"));
            stored.put(STRICTNESS, parsed.name());
        }
        DataContractConfig.validateUpdate(stored);
        return stored;
    }

    /** A stored (GET-shape) config in PUT shape. */
    public static ObjectNode putShape(ObjectNode stored) {
        ObjectNode copy = stored.deepCopy();
        JsonNode level = copy.remove(LEVEL);
        if (level != null) {
            copy.set(PUT_LEVEL, level);
        }
        return copy;
    }

    // ---- mode -----------------------------------------------------------------------------------------------

    /** A scope's mode; 40409 for a subject without its own mode unless {@code defaultToGlobal}. */
    public Mode mode(QualifiedSubject scope, boolean defaultToGlobal) {
        return transactions.read(store -> {
            if (scope.equals(GLOBAL) || defaultToGlobal) {
                return effectiveMode(store, scope);
            }
            return store.mode(scope).map(Mode::parse).orElseThrow(() -> new RegistryException(
                    ErrorCode.SUBJECT_MODE_NOT_FOUND,
                    "Subject '" + scope.qualified() + "' does not have subject-level mode configured"));
        });
    }

    /** Sets (or with null clears) a scope's mode. IMPORT over existing subjects needs {@code force}. */
    public Optional<Mode> putMode(QualifiedSubject scope, String requested, boolean force) {
        // IMPORT (ids chosen by the caller) is the admin's alone, on any scope.
        access.require(Mode.IMPORT.name().equalsIgnoreCase(String.valueOf(requested).trim())
                ? Permission.ADMINISTER : toChange(scope), scope);
        if (requested == null) {
            write(store -> {
                Optional<String> previous = store.mode(scope);
                store.deleteMode(scope);
                store.audit(Changes.setting(Changes.MODE_DELETE, scope, Changes.mode(previous.orElse(null)), null));
                return null;
            });
            return Optional.empty();
        }
        Mode mode = Mode.parse(requested);
        if (mode == Mode.FORWARD && !scope.equals(GLOBAL)) {
            throw new RegistryException(ErrorCode.INVALID_MODE, "Mode FORWARD is only allowed at the global level");
        }
        return Optional.of(write(store -> {
            if (mode == Mode.IMPORT && !force && hasSchemas(store, scope)) {
                throw RegistryException.notPermitted("Cannot import since found existing subjects");
            }
            Optional<String> previous = store.mode(scope);
            store.putMode(scope, mode.name());
            store.audit(Changes.setting(Changes.MODE_UPDATE, scope, Changes.mode(previous.orElse(null)),
                    Changes.mode(mode.name())));
            return mode;
        }));
    }

    /** Removes a scope's mode, answering the previous one; 40401 for a subject with none. */
    public Mode deleteMode(QualifiedSubject scope) {
        access.require(toChange(scope), scope);
        return write(store -> {
            Optional<String> previous = store.mode(scope);
            if (previous.isEmpty() && !scope.equals(GLOBAL)) {
                throw RegistryException.subjectNotFound(scope);
            }
            store.deleteMode(scope);
            store.audit(Changes.setting(Changes.MODE_DELETE, scope, Changes.mode(previous.orElse(null)), null));
            return previous.map(Mode::parse).orElse(Mode.READWRITE);
        });
    }

    public Mode effectiveMode(RegistryStore store, QualifiedSubject subject) {
        return inForce(store, subject).mode();
    }

    /** The most specific stored mode of the chain, else READWRITE. */
    private static Mode mode(List<QualifiedSubject> chain, Map<QualifiedSubject, String> stored) {
        for (int i = chain.size() - 1; i >= 0; i--) {
            String mode = stored.get(chain.get(i));
            if (mode != null) {
                return Mode.parse(mode);
            }
        }
        return Mode.READWRITE;
    }

    /**
     * The scopes a subject's settings come from, most general first: global, its context, the subject; their stored
     * settings are what {@link #inForce(ScopeSettings, QualifiedSubject)} needs.
     */
    public static List<QualifiedSubject> scopes(QualifiedSubject subject) {
        List<QualifiedSubject> chain = new ArrayList<>(3);
        chain.add(GLOBAL);
        if (!subject.isDefaultContext()) {
            chain.add(QualifiedSubject.contextScope(subject.context()));
        }
        if (!subject.name().isEmpty()) {
            chain.add(subject);
        }
        return chain;
    }

    /** 42205 unless the scope accepts writes. */
    public void requireWritable(RegistryStore store, QualifiedSubject subject) {
        Mode mode = effectiveMode(store, subject);
        if (!mode.acceptsWrites()) {
            throw RegistryException.notPermitted("Subject " + subject.qualified() + " is in read-only mode");
        }
    }

    private static boolean hasSchemas(RegistryStore store, QualifiedSubject scope) {
        if (scope.name().isEmpty()) {
            return store.hasVersions(scope.equals(GLOBAL) ? null : scope.context());
        }
        return !store.versions(scope).isEmpty();
    }
}
