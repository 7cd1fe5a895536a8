package org.contractregistry.registry.domain;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.contractregistry.contracts.SchemaType;
import org.contractregistry.registry.domain.metrics.RegistryMetrics;
import org.contractregistry.registry.domain.audit.Changes;
import org.contractregistry.contracts.avro.AvroContractSchema;
import org.contractregistry.registry.domain.access.AccessControl;
import org.contractregistry.registry.domain.access.Permission;
import org.contractregistry.registry.store.IdForContent;
import org.contractregistry.registry.store.CachedReads;
import org.contractregistry.registry.store.RegistryStore;
import org.contractregistry.registry.store.SubjectState;
import org.contractregistry.registry.store.TextProbe;
import org.contractregistry.registry.store.Transactions;

/**
 * Registers schemas under subjects and looks them up. Ids are content-addressed within a context; each registration
 * is one transaction that locks the subject, so concurrent writers (on any instance) get one id and one version.
 * The metadata and ruleSet stored are the request's layered with the config's defaults and overrides (and, for a
 * request without them, the latest version's), before hashing: see {@link DocumentMerge}.
 */
public final class RegistrationService {
    private final Transactions transactions;
    private final SchemaCatalog catalog;
    private final SettingsService settings;
    private final SchemaPreparer preparer;
    private final CompatibilityJudge judge;
    private final LatestDocuments latestDocuments = new LatestDocuments();
    private final Clock clock;
    private final RegistryMetrics metrics;
    private final AccessControl access;

    public RegistrationService(SchemaCatalog catalog, SettingsService settings, Clock clock) {
        this(catalog, settings, clock, RegistryMetrics.NONE, AccessControl.OPEN);
    }

    /** {@code access} checks who registers, and says who it is when a version is forced under a deprecated subject. */
    public RegistrationService(SchemaCatalog catalog, SettingsService settings, Clock clock, RegistryMetrics metrics,
            AccessControl access) {
        this.access = access;
        this.transactions = catalog.transactions();
        this.catalog = catalog;
        this.settings = settings;
        this.preparer = new SchemaPreparer(catalog);
        this.judge = new CompatibilityJudge(catalog);
        this.clock = clock;
        this.metrics = metrics;
    }

    /** {@code POST /subjects/{s}/versions}: the existing id and version for known content, else a new version. */
    public SubjectVersionView register(QualifiedSubject subject, SchemaDraft draft, boolean normalize, boolean force) {
        access.require(Permission.REGISTER, subject);
        String format = SchemaType.fromWire(draft.schemaType()).map(Enum::name).orElse("OTHER");
        try {
            Registered registered = registered(subject, draft, normalize, force);
            metrics.registration(format, registered.isNew() ? RegistryMetrics.Registration.NEW
                    : RegistryMetrics.Registration.EXISTING);
            return registered.view();
        } catch (RegistryException e) {
            metrics.registration(format, RegistryMetrics.Registration.REFUSED);
            throw e;
        }
    }

    /** A registration's answer, and whether it made a new version. */
    private record Registered(SubjectVersionView view, boolean isNew) {
    }

    private Registered registered(QualifiedSubject subject, SchemaDraft draft, boolean normalize, boolean force) {
        if (Json.present(draft.ruleSet()) != null) {
            RuleSetValidation.validate(draft.ruleSet());
        }
        // Before the write, on this instance's recent copy of the settings (a guess the write checks under its lock):
        // parse and hash the draft with the documents it would store and, for content new to the context, reserve an
        // id outside the write's lock. What a draft without documents inherits is guessed from the latest version
        // this instance saw.
        Prepared ready = transactions.read(store -> {
            SubjectSettings recent = settings.recentInForce(store, subject);
            boolean normalized = normalizes(recent, normalize);
            PreparedSchema sent = preparer.prepare(store, subject, draft, normalized);
            Mode mode = recent.mode();
            if (!mode.acceptsWrites() || mode == Mode.IMPORT || hasExplicitId(draft)) {
                return new Prepared(sent, sent, normalized, null);
            }
            PreparedSchema merged = merged(sent, recent.config(), () -> latestDocuments.guess(subject));
            IdForContent id = Transactions.retrying(() -> store.idForContent(subject.context(),
                    merged.contentHash()));
            return new Prepared(sent, merged, normalized, id.known() ? null : id.id());
        });
        AtomicInteger attempts = new AtomicInteger();
        return transactions.write(store -> write(store, subject, draft, normalize, ready,
                attempts.incrementAndGet() == 1, force));
    }

    /**
     * The draft parsed and hashed ({@code normalized} or not) as sent, with the documents it would store
     * ({@code merged}, hashed) and, for content new to the context, an id reserved for that content outside the write.
     */
    private record Prepared(PreparedSchema sent, PreparedSchema merged, boolean normalized, Integer reservedId) {
    }

    /** The schema with the documents a registration stores (itself when they are the request's). */
    private static PreparedSchema merged(PreparedSchema sent, EffectiveConfig config, Supplier<Documents> latest) {
        return sent.withDocuments(DocumentMerge.layered(config.contract(), sent.documents(), latest));
    }

    /** The documents of the subject's latest live version (null when none), remembered for the next guess. */
    private Documents latestDocuments(RegistryStore store, QualifiedSubject subject, List<VersionRecord> versions) {
        Documents latest = Documents.of(catalog.latestLive(store, versions));
        latestDocuments.saw(subject, latest);
        return latest;
    }

    private static int liveLatest(List<VersionRecord> versions) {
        for (int i = versions.size() - 1; i >= 0; i--) {
            if (!versions.get(i).deleted()) {
                return versions.get(i).version();
            }
        }
        return 0;
    }

    private static boolean normalizes(SubjectSettings inForce, boolean requested) {
        return inForce.mode() != Mode.IMPORT && (requested || inForce.config().normalize());
    }

    private static boolean hasExplicitId(SchemaDraft draft) {
        return draft.id() != null && draft.id() > 0;
    }

    private Registered write(RegistryStore store, QualifiedSubject subject, SchemaDraft draft,
            boolean normalize, Prepared guess, boolean firstAttempt, boolean force) {
        SubjectState state = store.subjectState(subject, SettingsService.scopes(subject), true);
        SubjectSettings inForce = settings.inForce(state.settings(), subject);
        Mode mode = inForce.mode();
        checkMode(subject, draft, mode);
        EffectiveConfig config = inForce.config();
        List<VersionRecord> versions = state.versions();
        // Normalisation changed since the guess (settings changed on another instance): prepare again.
        PreparedSchema sent = normalizes(inForce, normalize) == guess.normalized() ? guess.sent()
                : preparer.prepare(store, subject, draft, !guess.normalized());
        // IMPORT stores the documents as sent, as Confluent (no layering, no confluent:version).
        PreparedSchema merged = mode == Mode.IMPORT ? sent
                : merged(sent, config, () -> latestDocuments(store, subject, versions));
        // The reservation was made for the content the guess hashed; for other content it is left unused.
        Integer reservedId = merged.contentHash().equals(guess.merged().contentHash()) ? guess.reservedId() : null;
        Optional<SubjectVersionView> existing = Optional.empty();
        if (merged != sent && !config.contract().hasDefaultsOrOverrides()) {
            // Confluent looks the request up as sent before layering when the config has no defaults or overrides.
            existing = liveWithHash(store, versions, sent.contentHash());
        }
        if (existing.isEmpty()) {
            existing = liveWithHash(store, versions, merged.contentHash());
        }
        if (existing.isEmpty() && mode != Mode.IMPORT) {
            existing = inlinedVersion(store, versions, sent);
        }
        if (existing.isPresent()) {
            return new Registered(checkImportId(existing.get(), draft), false);
        }
        int latest = versions.isEmpty() ? 0 : versions.get(versions.size() - 1).version();
        int newVersion = newVersion(subject, draft, mode, versions, latest);
        PreparedSchema candidate = mode == Mode.IMPORT ? merged
                : merged.stamped(draft.version() != null && draft.version() > 0, newVersion);
        if (candidate != merged) {
            existing = liveWithHash(store, versions, candidate.contentHash());
            if (existing.isPresent()) {
                return new Registered(checkImportId(existing.get(), draft), false);
            }
        }
        if (mode != Mode.IMPORT && latest > 0) {
            StoredSchema current = catalog.latestLive(store, versions);
            if (current != null && current.metadata() != null) {
                SubjectGovernance.of(subject.qualified(), liveLatest(versions), current.metadata())
                        .requireAcceptsVersions(access.caller(), force);
            }
        }
        if (!force && mode != Mode.IMPORT && mode != Mode.FORWARD) {
            CompatibilityJudge.Verdict verdict = judge.judge(store, CompatibilityJudge.live(versions),
                    candidate.contract(), candidate.metadata(), config);
            if (!verdict.compatible()) {
                verdict.count(metrics, RegistryMetrics.Judged.REGISTRATION);
                throw verdict.refusal(subject, config);
            }
        }
        Placed placed;
        if (mode == Mode.IMPORT) {
            placed = importedSchema(store, subject, candidate, draft.id());
        } else if (firstAttempt && reservedId != null) {
            // Content the read before this transaction found new, under the id reserved for it, without asking
            // again: if the same content was stored meanwhile (unique content hash) or an import took the id
            // (primary key), the insert fails and the re-run, which no longer trusts the reservation, asks.
            placed = Placed.created(toStored(subject.context(), reservedId, candidate));
        } else {
            placed = schemaFor(store, subject.context(), candidate, reservedId);
        }
        VersionRecord record = new VersionRecord(subject, newVersion, placed.schema().id(), false, clock.millis());
        store.insertVersion(record, placed.isNew() ? placed.schema() : null);
        store.audit(Changes.registered(subject, newVersion, placed.schema().id(), placed.schema().type().name(),
                placed.schema().metadata()));
        latestDocuments.saw(subject, Documents.of(placed.schema()));
        return new Registered(new SubjectVersionView(record, placed.schema()), true);
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

    private Optional<SubjectVersionView> liveWithHash(RegistryStore store, List<VersionRecord> versions, String hash) {
        return catalog.newest(store, versions, false, schema -> schema.contentHash().equals(hash));
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

    /**
     * {@code POST /subjects/{s}}: the newest version of the subject holding this schema; 40401 / 40403 otherwise.
     * As Confluent, when the schema as sent is not found, it is looked up again with the documents a registration
     * would store (config defaults and overrides; the latest version's for those the request lacks), without a new
     * {@code confluent:version}.
     */
    public SubjectVersionView lookup(QualifiedSubject subject, SchemaDraft draft, boolean normalize, boolean deleted) {
        CachedReads.needsStateCopies(transactions);
        return transactions.read(store -> {
            PreparedSchema early = preparedBeforeState(store, subject, draft, normalize);
            TextProbe.Probed read = early == null
                    ? new TextProbe.Probed(catalog.subjectState(store, subject), TextProbe.NONE)
                    : catalog.probedSubjectState(store, subject,
                            List.of(early.contract().canonicalText(), early.contract().normalizedText()));
            List<VersionRecord> versions = read.state().versions();
            if (versions.isEmpty() || (!deleted && versions.stream().allMatch(VersionRecord::deleted))) {
                throw RegistryException.subjectNotFound(subject);
            }
            EffectiveConfig config = settings.inForce(read.state().settings(), subject).config();
            boolean normalized = normalize || config.normalize();
            PreparedSchema sent = early != null && normalized == normalize ? early
                    : preparer.prepare(store, subject, draft, normalized);
            Optional<SubjectVersionView> found = find(store, versions, sent, deleted, read.probe());
            StoredSchema latest = found.isPresent() ? null : catalog.latestLive(store, versions);
            if (latest != null) {
                PreparedSchema merged = merged(sent, config, () -> Documents.of(latest));
                found = merged == sent ? found : find(store, versions, merged, deleted, read.probe());
            }
            return found.orElseThrow(() -> RegistryException.schemaNotFound());
        });
    }

    /**
     * A draft without references prepared before the subject's state is read (its parse needs nothing from the
     * store), so that its texts can go into a probe of the newest versions in the same round trip: what makes a lookup
     * one round trip when this instance has cached none of the subject's schemas. Null for a draft with references or
     * one that does not parse: the lookup prepares it after the state, answering in the order it checks (40401 for an
     * unknown subject first).
     */
    private PreparedSchema preparedBeforeState(RegistryStore store, QualifiedSubject subject, SchemaDraft draft,
            boolean normalize) {
        if (draft.references() != null && !draft.references().isEmpty()) {
            return null;
        }
        try {
            return preparer.prepare(store, subject, draft, normalize);
        } catch (RegistryException invalid) {
            return null;
        }
    }

    /** The newest version holding {@code prepared} (its text, or its references inlined) with its documents. */
    private Optional<SubjectVersionView> find(RegistryStore store, List<VersionRecord> versions,
            PreparedSchema prepared, boolean deleted, TextProbe probe) {
        return catalog.newest(store, versions, deleted, schema -> (prepared.sameSchemaAs(schema)
                || inlines(store, prepared, schema)) && prepared.sameDocumentsAs(schema), probe);
    }

    /** The newest live version that {@code sent} writes with its references inlined ({@link #inlines}). */
    private Optional<SubjectVersionView> inlinedVersion(RegistryStore store, List<VersionRecord> versions,
            PreparedSchema sent) {
        if (sent.type() != SchemaType.AVRO || !sent.references().isEmpty()) {
            return Optional.empty();
        }
        return catalog.newest(store, versions, false, schema -> inlines(store, sent, schema) && sent.sameDocumentsAs(schema));
    }

    /**
     * An Avro schema sent without references that is a stored one with its references written inline (what
     * generated classes and schemas fetched by id look like): the same resolved Avro schema. Confluent matches these
     * since 5.5.1 (its lookup compares the parsed schemas when the request has no references).
     */
    private boolean inlines(RegistryStore store, PreparedSchema sent, StoredSchema stored) {
        return sent.type() == SchemaType.AVRO && stored.type() == SchemaType.AVRO && sent.references().isEmpty()
                && !stored.references().isEmpty()
                && sent.contract() instanceof AvroContractSchema inline
                && catalog.parsed(store, stored) instanceof AvroContractSchema referenced
                && inline.schema().equals(referenced.schema());
    }
}
