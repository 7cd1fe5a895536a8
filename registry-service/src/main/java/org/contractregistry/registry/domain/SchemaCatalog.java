package org.contractregistry.registry.domain;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.contractregistry.contracts.ContractSchema;
import org.contractregistry.contracts.Contracts;
import org.contractregistry.contracts.ParseResult;
import org.contractregistry.contracts.ResolvedReference;
import org.contractregistry.contracts.SchemaSource;
import org.contractregistry.registry.store.RegistryStore;
import org.contractregistry.registry.store.SubjectFilter;
import org.contractregistry.registry.store.SubjectState;
import org.contractregistry.registry.store.TextProbe;
import org.contractregistry.registry.store.Transactions;

/**
 * Reads: schemas by id, subject versions, listings, and "the version current at instant T". Stored schemas and their
 * parsed form are immutable, so each instance caches them by (context, id) and parses each at most once.
 */
public final class SchemaCatalog {
    /** The defaults of {@code registry.cache.*}: together ~104 MiB of a 256 MiB heap at most. */
    public static final long DEFAULT_MAX_SCHEMA_BYTES = 64L << 20;
    public static final long DEFAULT_MAX_DRAFT_BYTES = 32L << 20;
    public static final long DEFAULT_MAX_SUBJECT_STATE_BYTES = 8L << 20;

    private final Transactions transactions;
    private final Cache<SchemaKey, StoredSchema> schemas;
    private final Cache<SchemaKey, ContractSchema> parsed;
    private final Cache<SchemaSource, ParseResult> drafts;
    private final SubjectPages subjectPages;
    private final SubjectStates states;

    /**
     * @param maxSchemaBytes how much heap the stored and parsed schemas by id may hold (a quarter for stored text,
     *                       the rest for parses), as {@link CacheWeights} estimates it
     * @param maxDraftBytes  how much heap the parses of drafts may hold, estimated the same way
     */
    public SchemaCatalog(Transactions transactions, long maxSchemaBytes, long maxDraftBytes) {
        this(transactions, maxSchemaBytes, maxDraftBytes, DEFAULT_MAX_SUBJECT_STATE_BYTES);
    }

    /**
     * @param maxSubjectStateBytes how much heap the copies of subjects' states may hold where the store allows them
     *                             ({@link SubjectStates}), estimated the same way
     */
    public SchemaCatalog(Transactions transactions, long maxSchemaBytes, long maxDraftBytes,
            long maxSubjectStateBytes) {
        this.transactions = transactions;
        this.subjectPages = new SubjectPages(transactions);
        this.states = new SubjectStates(transactions, maxSubjectStateBytes);
        this.schemas = Caffeine.newBuilder().maximumWeight(maxSchemaBytes / 4).recordStats()
                .weigher((SchemaKey key, StoredSchema schema) -> CacheWeights.stored(schema)).build();
        this.parsed = Caffeine.newBuilder().maximumWeight(maxSchemaBytes - maxSchemaBytes / 4).recordStats()
                .weigher((SchemaKey key, ContractSchema schema) -> CacheWeights.parsed(schema)).build();
        this.drafts = Caffeine.newBuilder().maximumWeight(maxDraftBytes).recordStats()
                .weigher((SchemaSource source, ParseResult result) -> CacheWeights.parsed(source)).build();
    }

    /**
     * Parses a draft, remembering the answer for the same text and references: clients send the same drafts again
     * and again (every producer start re-registers its schema, every build checks the same candidate), and parsing,
     * canonicalising and indexing is most of the CPU such a request costs. Parsing is a pure function of the source.
     */
    ParseResult parse(SchemaSource source) {
        return drafts.get(source, Contracts::parse);
    }

    /** The caches by name (stored schemas, parsed schemas, parsed drafts, subject states), for their hit and miss counts. */
    public Map<String, Cache<?, ?>> caches() {
        return Map.of("schemas", schemas, "parsed-schemas", parsed, "drafts", drafts, "subject-states", states.cache());
    }

    /**
     * A subject's versions and its scopes' stored settings, unlocked, for reads that judge a draft: from this
     * instance's copy while that is exact ({@link SubjectStates}), else from the store.
     */
    SubjectState subjectState(RegistryStore store, QualifiedSubject subject) {
        return states.read(store, subject);
    }

    /** {@link #subjectState}, with a probe of the newest versions for a draft of these texts ({@link TextProbe}). */
    TextProbe.Probed probedSubjectState(RegistryStore store, QualifiedSubject subject, List<String> texts) {
        // containsKey: a look that neither counts as a hit or miss on cache_gets_total nor touches the eviction order
        return states.probed(store, subject, texts,
                id -> schemas.asMap().containsKey(new SchemaKey(subject.context(), id)));
    }

    Transactions transactions() {
        return transactions;
    }

    /** The schema with this id in the context; 40403 when no such id. */
    public StoredSchema schemaById(String context, int id) {
        StoredSchema cached = schemas.getIfPresent(new SchemaKey(context, id));
        if (cached != null) {
            return cached;
        }
        return transactions.read(store -> findSchema(store, context, id))
                .orElseThrow(() -> RegistryException.schemaNotFound(id));
    }

    Optional<StoredSchema> findSchema(RegistryStore store, String context, int id) {
        SchemaKey key = new SchemaKey(context, id);
        StoredSchema cached = schemas.getIfPresent(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<StoredSchema> loaded = store.schema(context, id);
        loaded.ifPresent(schema -> schemas.put(key, schema));
        return loaded;
    }

    /** The parsed form of a stored schema, parsed once per instance. */
    ContractSchema parsed(RegistryStore store, StoredSchema schema) {
        SchemaKey key = new SchemaKey(schema.context(), schema.id());
        ContractSchema cached = parsed.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        SchemaSource source = new SchemaSource(schema.type(), schema.text(),
                resolve(store, schema.context(), schema.references()));
        ParseResult result = Contracts.parse(source);
        if (result instanceof ParseResult.Invalid invalid) {
            throw new RegistryException(ErrorCode.INTERNAL_ERROR, "Stored schema " + schema.id() + " in context "
                    + schema.context() + " no longer parses: " + invalid.problem().describe());
        }
        ContractSchema contract = ((ParseResult.Parsed) result).schema();
        parsed.put(key, contract);
        return contract;
    }

    /** The parsed form of a stored schema (with its references), for readers outside this package (lineage drift). */
    public ContractSchema contractOf(StoredSchema schema) {
        return transactions.read(store -> parsed(store, schema));
    }

    /** The transitive closure of pinned references, each dependency before its users; 42201 when one is missing. */
    List<ResolvedReference> resolve(RegistryStore store, String context, List<SchemaReference> references) {
        Map<String, ResolvedReference> closure = new LinkedHashMap<>();
        for (SchemaReference reference : references) {
            collect(store, context, reference, closure, 0);
        }
        return List.copyOf(closure.values());
    }

    private void collect(RegistryStore store, String context, SchemaReference reference,
            Map<String, ResolvedReference> closure, int depth) {
        if (depth > 32) {
            throw RegistryException.invalidSchema("References nest deeper than 32 levels at '" + reference.name() + "'");
        }
        QualifiedSubject target = QualifiedSubject.contextScope(context).resolveReference(reference.subject());
        String key = reference.name() + "\0" + target.qualified() + "\0" + reference.version();
        if (closure.containsKey(key)) {
            return;
        }
        VersionRecord version = store.versions(target).stream().filter(v -> v.version() == reference.version())
                .findFirst().orElseThrow(() -> RegistryException.invalidSchema("Invalid schema reference "
                        + reference + ": subject '" + target.qualified() + "' has no version " + reference.version()));
        StoredSchema referenced = findSchema(store, target.context(), version.schemaId())
                .orElseThrow(() -> RegistryException.invalidSchema("Invalid schema reference " + reference));
        for (SchemaReference nested : referenced.references()) {
            collect(store, target.context(), nested, closure, depth + 1);
        }
        closure.put(key, new ResolvedReference(reference.name(), target.qualified(), reference.version(),
                referenced.type(), referenced.text()));
    }

    /** A subject version with its schema; 40401 unknown subject, 40402 unknown or (unless asked) soft-deleted version. */
    public SubjectVersionView version(QualifiedSubject subject, VersionSpec spec, boolean includeDeleted) {
        return transactions.read(store -> version(store, states.versions(store, subject), subject, spec,
                includeDeleted));
    }

    SubjectVersionView version(RegistryStore store, QualifiedSubject subject, VersionSpec spec, boolean includeDeleted) {
        return version(store, store.versions(subject), subject, spec, includeDeleted);
    }

    private SubjectVersionView version(RegistryStore store, List<VersionRecord> versions, QualifiedSubject subject,
            VersionSpec spec, boolean includeDeleted) {
        VersionRecord record = pick(versions, subject, spec, includeDeleted);
        return new SubjectVersionView(record, findSchema(store, subject.context(), record.schemaId())
                .orElseThrow(() -> RegistryException.schemaNotFound(record.schemaId())));
    }

    /**
     * {@code GET /subjects/{s}/metadata}: the newest version (soft-deleted ones too when asked) whose metadata
     * properties hold every pair; 40401 when the subject has no such versions at all, 40403 when none matches.
     */
    public SubjectVersionView latestWithMetadata(QualifiedSubject subject, Map<String, String> properties,
            boolean includeDeleted) {
        return transactions.read(store -> {
            List<VersionRecord> versions = store.versions(subject);
            if (versions.stream().noneMatch(v -> includeDeleted || !v.deleted())) {
                throw RegistryException.subjectNotFound(subject);
            }
            return newest(store, versions, includeDeleted,
                    schema -> Documents.hasProperties(schema.metadata(), properties))
                    .orElseThrow(() -> RegistryException.schemaNotFound());
        });
    }

    /** How many schemas {@link #newest} reads in one round trip. */
    private static final int SCHEMAS_PER_TRIP = 16;

    /**
     * The newest of a subject's versions (ascending; soft-deleted ones only with {@code deleted}) whose schema
     * matches. The schemas not cached are read newest first, up to {@value #SCHEMAS_PER_TRIP} per round trip, where
     * one by one a lookup among a subject's versions would cost a round trip per version older than the match.
     */
    Optional<SubjectVersionView> newest(RegistryStore store, List<VersionRecord> versions, boolean deleted,
            Predicate<StoredSchema> matches) {
        return newest(store, versions, deleted, matches, TextProbe.NONE);
    }

    /**
     * {@link #newest}, knowing from a probe which schemas cannot match (skipped unread) and having read some that may:
     * for a predicate that only the probe's candidates can satisfy. Schemas known here (the probe's, the cache's) are
     * judged as they come; those not known are read when a known match, or {@value #SCHEMAS_PER_TRIP} of them, is
     * reached, and a newer one of them that matches wins.
     */
    Optional<SubjectVersionView> newest(RegistryStore store, List<VersionRecord> versions, boolean deleted,
            Predicate<StoredSchema> matches, TextProbe probe) {
        int end = versions.size();
        while (end > 0) {
            List<VersionRecord> unknown = new ArrayList<>();
            SubjectVersionView knownMatch = null;
            while (end > 0 && knownMatch == null && unknown.size() < SCHEMAS_PER_TRIP) {
                VersionRecord v = versions.get(--end);
                if ((!deleted && v.deleted()) || probe.ruledOut().contains(v.schemaId())) {
                    continue;
                }
                StoredSchema known = known(v.subject().context(), v.schemaId(), probe);
                if (known == null) {
                    unknown.add(v);
                } else if (matches.test(known)) {
                    knownMatch = new SubjectVersionView(v, known);
                }
            }
            if (!unknown.isEmpty()) {
                Map<Integer, StoredSchema> read = findSchemas(store, unknown.get(0).subject().context(),
                        unknown.stream().map(VersionRecord::schemaId).toList());
                for (VersionRecord v : unknown) {
                    StoredSchema schema = read.get(v.schemaId());
                    if (schema != null && matches.test(schema)) {
                        return Optional.of(new SubjectVersionView(v, schema));
                    }
                }
            }
            if (knownMatch != null) {
                return Optional.of(knownMatch);
            }
        }
        return Optional.empty();
    }

    /** The schema from the cache, else from the probe (then cached); null when neither has it. */
    private StoredSchema known(String context, int id, TextProbe probe) {
        SchemaKey key = new SchemaKey(context, id);
        StoredSchema cached = schemas.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        StoredSchema probed = probe.candidates().get(id);
        if (probed != null) {
            schemas.put(key, probed); // a write to the cache only for what it lacked
        }
        return probed;
    }

    /** The schemas with these ids in the context, by id: cached ones from the cache, the others in one round trip. */
    Map<Integer, StoredSchema> findSchemas(RegistryStore store, String context, List<Integer> ids) {
        Map<Integer, StoredSchema> found = new HashMap<>();
        List<Integer> missing = new ArrayList<>();
        for (int id : ids) {
            StoredSchema cached = schemas.getIfPresent(new SchemaKey(context, id));
            if (cached != null) {
                found.put(id, cached);
            } else if (!missing.contains(id)) {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            store.schemas(context, missing).forEach((id, schema) -> {
                schemas.put(new SchemaKey(context, id), schema);
                found.put(id, schema);
            });
        }
        return found;
    }

    /** The schema of the newest live version among these (a subject's, ascending), or null when all are deleted. */
    StoredSchema latestLive(RegistryStore store, List<VersionRecord> versions) {
        for (int i = versions.size() - 1; i >= 0; i--) {
            VersionRecord v = versions.get(i);
            if (!v.deleted()) {
                return findSchema(store, v.subject().context(), v.schemaId()).orElse(null);
            }
        }
        return null;
    }

    static VersionRecord pick(List<VersionRecord> versions, QualifiedSubject subject, VersionSpec spec,
            boolean includeDeleted) {
        if (versions.isEmpty() || (!includeDeleted && versions.stream().allMatch(VersionRecord::deleted))) {
            throw RegistryException.subjectNotFound(subject);
        }
        List<VersionRecord> visible = versions.stream().filter(v -> includeDeleted || !v.deleted()).toList();
        Optional<VersionRecord> found = spec.isLatest()
                ? Optional.of(visible.get(visible.size() - 1))
                : visible.stream().filter(v -> v.version() == spec.number()).findFirst();
        return found.orElseThrow(() -> RegistryException.versionNotFound(subject, spec));
    }

    /** The version of {@code subject} that was current at {@code instant}: the newest registered at or before it. */
    public Optional<SubjectVersionView> versionAt(QualifiedSubject subject, Instant instant, boolean includeDeleted) {
        return transactions.read(store -> store.versionAt(subject, instant.toEpochMilli(), includeDeleted)
                .map(record -> new SubjectVersionView(record,
                        findSchema(store, subject.context(), record.schemaId()).orElseThrow())));
    }

    /** Version numbers of a subject, ascending; 40401 when it has none visible. */
    public List<Integer> versionNumbers(QualifiedSubject subject, boolean deleted, boolean deletedOnly) {
        return versionNumbers(subject, deleted, deletedOnly, false);
    }

    /**
     * As {@link #versionNumbers(QualifiedSubject, boolean, boolean)}; with {@code deletedAsNegative} the soft-deleted
     * versions among those listed ({@code deleted} or {@code deletedOnly} lists them) are shown negated, e.g. -2.
     */
    public List<Integer> versionNumbers(QualifiedSubject subject, boolean deleted, boolean deletedOnly,
            boolean deletedAsNegative) {
        List<VersionRecord> versions = transactions.read(store -> store.versions(subject));
        if (versions.isEmpty() || (!deleted && !deletedOnly && versions.stream().allMatch(VersionRecord::deleted))) {
            throw RegistryException.subjectNotFound(subject);
        }
        return versions.stream().filter(v -> deletedOnly ? v.deleted() : deleted || !v.deleted())
                .map(v -> deletedAsNegative && v.deleted() ? -v.version() : v.version()).toList();
    }

    /** Subject names (wire form), ordered by context then name. */
    public List<String> subjects(SubjectFilter filter, boolean deleted, boolean deletedOnly) {
        return subjects(filter, deleted, deletedOnly, 0, Integer.MAX_VALUE);
    }

    /** One page of subject names (wire form), ordered by context then name; the database pages. */
    public List<String> subjects(SubjectFilter filter, boolean deleted, boolean deletedOnly, int offset, int limit) {
        RegistryStore.Liveness liveness = deletedOnly ? RegistryStore.Liveness.DELETED_ONLY
                : deleted ? RegistryStore.Liveness.ANY : RegistryStore.Liveness.LIVE;
        return subjectPages.page(filter, liveness, Math.max(0, offset), Math.max(0, limit)).stream()
                .map(QualifiedSubject::qualified).toList();
    }

    /**
     * Subjects with a live version whose name contains {@code needle} (any case), ordered by context and name, each as
     * its latest live version number and the time of its newest registration.
     */
    public Page<VersionRecord> searchSubjects(String needle, int offset, int limit) {
        int[] bounds = Page.bounds(offset, limit);
        String text = needle == null ? "" : needle.strip();
        return transactions.read(store -> new Page<>(store.searchSubjects(text, bounds[0], bounds[1]),
                store.countSubjects(text), bounds[0], bounds[1]));
    }

    /** Every version of a subject, soft-deleted ones too, oldest first; 40401 when it has none. */
    public List<VersionRecord> history(QualifiedSubject subject) {
        List<VersionRecord> versions = transactions.read(store -> store.versions(subject));
        if (versions.isEmpty()) {
            throw RegistryException.subjectNotFound(subject);
        }
        return versions;
    }

    static final Comparator<QualifiedSubject> SUBJECT_ORDER =
            Comparator.comparing(QualifiedSubject::context).thenComparing(QualifiedSubject::name);

    /** Versions with schemas across subjects ({@code GET /schemas}), optionally only each subject's latest. */
    public List<SubjectVersionView> schemas(SubjectFilter filter, boolean deleted, boolean latestOnly) {
        return transactions.read(store -> {
            List<VersionRecord> versions = new ArrayList<>(store.allVersions(filter).stream()
                    .filter(v -> deleted || !v.deleted()).toList());
            versions.sort(Comparator.comparing(VersionRecord::subject, SUBJECT_ORDER)
                    .thenComparingInt(VersionRecord::version));
            List<SubjectVersionView> views = new ArrayList<>();
            for (int i = 0; i < versions.size(); i++) {
                VersionRecord v = versions.get(i);
                boolean last = i + 1 == versions.size() || !versions.get(i + 1).subject().equals(v.subject());
                if (!latestOnly || last) {
                    findSchema(store, v.subject().context(), v.schemaId())
                            .ifPresent(schema -> views.add(new SubjectVersionView(v, schema)));
                }
            }
            return views;
        });
    }

    /** The subject versions holding a schema id; 40403 when the id is unknown. */
    public List<VersionRecord> versionsOfSchema(String context, int id, boolean deleted) {
        schemaById(context, id);
        return transactions.read(store -> store.versionsOfSchema(context, id)).stream()
                .filter(v -> deleted || !v.deleted()).toList();
    }

    /** Ids of schemas referencing a subject version (whose own versions are live unless {@code deleted}). */
    public List<Integer> referencedBy(QualifiedSubject subject, VersionSpec spec, boolean deleted) {
        return transactions.read(store -> {
            VersionRecord record = pick(store.versions(subject), subject, spec, true);
            return store.referrers(subject, record.version()).stream()
                    .filter(id -> deleted || store.versionsOfSchema(subject.context(), id).stream()
                            .anyMatch(v -> !v.deleted()))
                    .toList();
        });
    }

    /** Contexts in use, the default context {@code .} always first. */
    public List<String> contexts() {
        TreeSet<String> contexts = new TreeSet<>(transactions.read(RegistryStore::contexts));
        contexts.remove(QualifiedSubject.DEFAULT_CONTEXT);
        List<String> all = new ArrayList<>();
        all.add(QualifiedSubject.DEFAULT_CONTEXT);
        all.addAll(contexts);
        return all;
    }

    public int maxSchemaId(String context) {
        return transactions.read(store -> store.maxSchemaId(context));
    }

    /** Forgets a schema this instance deleted permanently. */
    void evict(String context, int id) {
        schemas.invalidate(new SchemaKey(context, id));
        parsed.invalidate(new SchemaKey(context, id));
    }
}
