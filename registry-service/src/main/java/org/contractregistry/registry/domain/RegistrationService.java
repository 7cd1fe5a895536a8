package org.contractregistry.registry.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.contractregistry.contracts.compatibility.CompatibilityChecker;
import org.contractregistry.contracts.compatibility.CompatibilityLevel;
import org.contractregistry.contracts.compatibility.CompatibilityResult;
import org.contractregistry.contracts.compatibility.PriorVersion;
import org.contractregistry.registry.store.IdForContent;
import org.contractregistry.registry.store.RegistryStore;
import org.contractregistry.registry.store.SubjectState;
import org.contractregistry.registry.store.Transactions;

/**
 * Registers schemas under subjects and looks them up. Ids are content-addressed within a context; each registration
 * is one transaction that locks the subject, so concurrent writers (on any instance) get one id and one version.
 */
public final class RegistrationService {
    static final String CONFLUENT_VERSION = "confluent:version";

    private final Transactions transactions;
    private final SchemaCatalog catalog;
    private final SettingsService settings;
    private final SchemaPreparer preparer;
    private final Clock clock;

    public RegistrationService(SchemaCatalog catalog, SettingsService settings, Clock clock) {
        this.transactions = catalog.transactions();
        this.catalog = catalog;
        this.settings = settings;
        this.preparer = new SchemaPreparer(catalog);
        this.clock = clock;
    }

    /** {@code POST /subjects/{s}/versions}: the existing id and version for known content, else a new version. */
    public SubjectVersionView register(QualifiedSubject subject, SchemaDraft draft, boolean normalize, boolean force) {
        // Before the write, on this instance's recent copy of the settings (a guess the write checks under its lock):
        // parse and hash the draft and, for content new to the context, reserve an id outside the write's lock.
        Prepared ready = transactions.read(store -> {
            SubjectSettings recent = settings.recentInForce(store, subject);
            boolean normalized = normalizes(recent, normalize);
            PreparedSchema prepared = preparer.prepare(store, subject, draft, normalized);
            Mode mode = recent.mode();
            if (!mode.acceptsWrites() || mode == Mode.IMPORT || hasExplicitId(draft)) {
                return new Prepared(prepared, normalized, null);
            }
            IdForContent id = Transactions.retrying(() -> store.idForContent(subject.context(),
                    prepared.contentHash()));
            return new Prepared(prepared, normalized, id.known() ? null : id.id());
        });
        AtomicInteger attempts = new AtomicInteger();
        return transactions.write(store -> write(store, subject, draft, normalize, ready,
                attempts.incrementAndGet() == 1, force));
    }

    /**
     * The draft parsed and hashed ({@code normalized} or not) and, for content new to the context, an id reserved for
     * it outside the write.
     */
    private record Prepared(PreparedSchema schema, boolean normalized, Integer reservedId) {
    }

    private static boolean normalizes(SubjectSettings inForce, boolean requested) {
        return inForce.mode() != Mode.IMPORT && (requested || inForce.config().normalize());
    }

    private static boolean hasExplicitId(SchemaDraft draft) {
        return draft.id() != null && draft.id() > 0;
    }

    private SubjectVersionView write(RegistryStore store, QualifiedSubject subject, SchemaDraft draft,
            boolean normalize, Prepared guess, boolean firstAttempt, boolean force) {
        SubjectState state = store.subjectState(subject, SettingsService.scopes(subject), true);
        SubjectSettings inForce = settings.inForce(state.settings(), subject);
        Mode mode = inForce.mode();
        checkMode(subject, draft, mode);
        // Settings changed since the guess (on another instance): prepare again, the reservation is left unused.
        Prepared ready = normalizes(inForce, normalize) == guess.normalized() ? guess
                : new Prepared(preparer.prepare(store, subject, draft, !guess.normalized()), !guess.normalized(), null);
        List<VersionRecord> versions = state.versions();
        Optional<SubjectVersionView> existing = liveWithHash(store, versions, ready.schema().contentHash());
        if (existing.isPresent()) {
            return checkImportId(existing.get(), draft);
        }
        int latest = versions.isEmpty() ? 0 : versions.get(versions.size() - 1).version();
        int newVersion = newVersion(subject, draft, mode, versions, latest);
        PreparedSchema candidate = stamped(ready.schema(), draft, newVersion);
        existing = liveWithHash(store, versions, candidate.contentHash());
        if (existing.isPresent()) {
            return checkImportId(existing.get(), draft);
        }
        EffectiveConfig config = inForce.config();
        if (!force && mode != Mode.IMPORT && mode != Mode.FORWARD) {
            requireCompatible(store, subject, versions, candidate, config);
        }
        Placed placed;
        if (mode == Mode.IMPORT) {
            placed = importedSchema(store, subject, candidate, draft.id());
        } else if (firstAttempt && ready.reservedId() != null) {
            // Content the read before this transaction found new, under the id reserved for it, without asking
            // again: if the same content was stored meanwhile (unique content hash) or an import took the id
            // (primary key), the insert fails and the re-run, which no longer trusts the reservation, asks.
            placed = Placed.created(toStored(subject.context(), ready.reservedId(), candidate));
        } else {
            placed = schemaFor(store, subject.context(), candidate, ready.reservedId());
        }
        VersionRecord record = new VersionRecord(subject, newVersion, placed.schema().id(), false, clock.millis());
        store.insertVersion(record, placed.isNew() ? placed.schema() : null);
        return new SubjectVersionView(record, placed.schema());
    }

    /** The schema a new version holds: already stored, or new and inserted with the version. */
    private record Placed(StoredSchema schema, boolean isNew) {
        static Placed created(StoredSchema schema) {
            return new Placed(schema, true);
        }

        static Placed existing(StoredSchema schema) {
            return new Placed(schema, false);
        }
    }

    private static void checkMode(QualifiedSubject subject, SchemaDraft draft, Mode mode) {
        if (!mode.acceptsWrites()) {
            throw RegistryException.notPermitted("Subject " + subject.qualified() + " is in read-only mode");
        }
        boolean hasId = hasExplicitId(draft);
        if (mode == Mode.IMPORT && !hasId) {
            throw RegistryException.notPermitted("Subject " + subject.qualified()
                    + " is in IMPORT mode: registration needs an explicit id");
        }
        if (mode != Mode.IMPORT && hasId) {
            throw RegistryException.notPermitted("Subject " + subject.qualified() + " is not in import mode");
        }
    }

    private static SubjectVersionView checkImportId(SubjectVersionView existing, SchemaDraft draft) {
        if (draft.id() != null && draft.id() > 0 && draft.id() != existing.schema().id()) {
            throw new RegistryException(ErrorCode.ID_DOES_NOT_MATCH, "Schema already registered with id "
                    + existing.schema().id() + " instead of input id " + draft.id());
        }
        return existing;
    }

    private static int newVersion(QualifiedSubject subject, SchemaDraft draft, Mode mode, List<VersionRecord> versions,
            int latest) {
        Integer requested = draft.version();
        if (requested == null || requested == 0 || requested == -1) {
            return latest + 1;
        }
        if (requested < 0) {
            throw new RegistryException(ErrorCode.INVALID_VERSION, "Invalid version " + requested);
        }
        if (mode == Mode.IMPORT) {
            if (versions.stream().anyMatch(v -> v.version() == requested)) {
                throw RegistryException.notPermitted("Version " + requested + " of subject " + subject.qualified()
                        + " already exists");
            }
            return requested;
        }
        if (requested != latest + 1) {
            throw RegistryException.invalidSchema("Version " + requested + " is not one more than the latest version "
                    + latest + " of subject " + subject.qualified());
        }
        return requested;
    }

    /** Confluent stamps {@code confluent:version} when the version was explicit or the metadata already carries it. */
    private static PreparedSchema stamped(PreparedSchema prepared, SchemaDraft draft, int newVersion) {
        boolean explicit = draft.version() != null && draft.version() > 0;
        JsonNode metadata = prepared.metadata();
        boolean carries = metadata != null && metadata.path("properties").has(CONFLUENT_VERSION);
        if (!explicit && !carries) {
            return prepared;
        }
        ObjectNode copy = metadata == null ? Json.MAPPER.createObjectNode() : ((ObjectNode) metadata).deepCopy();
        JsonNode properties = copy.get("properties");
        ObjectNode props = properties instanceof ObjectNode object ? object : copy.putObject("properties");
        props.put(CONFLUENT_VERSION, Integer.toString(newVersion));
        return prepared.withMetadata(copy);
    }

    private Optional<SubjectVersionView> liveWithHash(RegistryStore store, List<VersionRecord> versions, String hash) {
        for (int i = versions.size() - 1; i >= 0; i--) {
            VersionRecord v = versions.get(i);
            if (!v.deleted()) {
                Optional<StoredSchema> schema = catalog.findSchema(store, v.subject().context(), v.schemaId());
                if (schema.isPresent() && schema.get().contentHash().equals(hash)) {
                    return Optional.of(new SubjectVersionView(v, schema.get()));
                }
            }
        }
        return Optional.empty();
    }

    private void requireCompatible(RegistryStore store, QualifiedSubject subject, List<VersionRecord> versions,
            PreparedSchema candidate, EffectiveConfig config) {
        if (config.level() == CompatibilityLevel.NONE) {
            return;
        }
        List<PriorVersion> priors = priors(store, versions);
        CompatibilityResult result = CompatibilityChecker.check(candidate.contract(), priors, config.level(),
                config.checkOptions());
        if (!result.isCompatible()) {
            throw new RegistryException(ErrorCode.INCOMPATIBLE_SCHEMA,
                    CompatibilityService.incompatibleMessage(subject, result, config));
        }
    }

    List<PriorVersion> priors(RegistryStore store, List<VersionRecord> versions) {
        List<PriorVersion> priors = new ArrayList<>();
        for (VersionRecord v : versions) {
            if (!v.deleted()) {
                StoredSchema schema = catalog.findSchema(store, v.subject().context(), v.schemaId()).orElseThrow();
                priors.add(new PriorVersion(v.version(), catalog.parsed(store, schema)));
            }
        }
        return priors;
    }

    /**
     * The id for this content: existing in the context, else the id reserved before the write (unless an import took
     * it meanwhile), else the context's next id under the counter's lock. A concurrent insert of the same content or
     * id fails this transaction on a unique key and the write runs again.
     */
    private Placed schemaFor(RegistryStore store, String context, PreparedSchema candidate, Integer reservedId) {
        Optional<Integer> known = store.schemaIdByHash(context, candidate.contentHash());
        if (known.isEmpty() && reservedId != null && store.schema(context, reservedId).isEmpty()) {
            return Placed.created(toStored(context, reservedId, candidate));
        }
        if (known.isEmpty()) {
            int next = store.lockNextId(context);
            known = store.schemaIdByHash(context, candidate.contentHash());
            if (known.isEmpty()) {
                store.setNextId(context, next + 1);
                return Placed.created(toStored(context, next, candidate));
            }
        }
        int id = known.get();
        return Placed.existing(catalog.findSchema(store, context, id).orElseThrow());
    }

    private Placed importedSchema(RegistryStore store, QualifiedSubject subject, PreparedSchema candidate, int id) {
        String context = subject.context();
        Optional<Integer> known = store.schemaIdByHash(context, candidate.contentHash());
        if (known.isPresent()) {
            if (known.get() != id) {
                throw new RegistryException(ErrorCode.ID_DOES_NOT_MATCH, "Schema already registered with id "
                        + known.get() + " instead of input id " + id);
            }
            return Placed.existing(catalog.findSchema(store, context, id).orElseThrow());
        }
        int next = store.lockNextId(context);
        if (store.schema(context, id).isPresent()) {
            throw RegistryException.notPermitted("Overwrite new schema with id " + id + " is not permitted.");
        }
        store.setNextId(context, Math.max(next, id + 1));
        return Placed.created(toStored(context, id, candidate));
    }

    private static StoredSchema toStored(String context, int id, PreparedSchema candidate) {
        return new StoredSchema(context, id, candidate.type(), candidate.text(), candidate.references(),
                candidate.metadata(), candidate.ruleSet(), candidate.contentHash());
    }

    /** {@code POST /subjects/{s}}: the newest version of the subject holding this schema; 40401 / 40403 otherwise. */
    public SubjectVersionView lookup(QualifiedSubject subject, SchemaDraft draft, boolean normalize, boolean deleted) {
        return transactions.read(store -> {
            List<VersionRecord> versions = store.versions(subject);
            if (versions.isEmpty() || (!deleted && versions.stream().allMatch(VersionRecord::deleted))) {
                throw RegistryException.subjectNotFound(subject);
            }
            boolean normalized = normalize || settings.inForce(store, subject).config().normalize();
            PreparedSchema prepared = preparer.prepare(store, subject, draft, normalized);
            for (int i = versions.size() - 1; i >= 0; i--) {
                VersionRecord v = versions.get(i);
                if (deleted || !v.deleted()) {
                    StoredSchema schema = catalog.findSchema(store, subject.context(), v.schemaId()).orElseThrow();
                    if (prepared.sameSchemaAs(schema) && sameDocuments(prepared, schema)) {
                        return new SubjectVersionView(v, schema);
                    }
                }
            }
            throw RegistryException.schemaNotFound("not found under subject '" + subject.qualified() + "'");
        });
    }

    /** Metadata and ruleSet equal, ignoring a stored {@code confluent:version} the request did not send. */
    private static boolean sameDocuments(PreparedSchema prepared, StoredSchema stored) {
        if (prepared.ruleSet() != null && !Json.canonical(prepared.ruleSet()).equals(Json.canonical(stored.ruleSet()))) {
            return false;
        }
        if (prepared.metadata() == null) {
            return true;
        }
        JsonNode storedMetadata = stored.metadata();
        if (storedMetadata != null && !prepared.metadata().path("properties").has(CONFLUENT_VERSION)
                && storedMetadata.path("properties").has(CONFLUENT_VERSION)) {
            ObjectNode copy = ((ObjectNode) storedMetadata).deepCopy();
            ((ObjectNode) copy.get("properties")).remove(CONFLUENT_VERSION);
            storedMetadata = copy;
        }
        return Json.canonical(prepared.metadata()).equals(Json.canonical(storedMetadata));
    }
}
