package org.contractregistry.registry.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.contractregistry.registry.domain.QualifiedSubject;
import org.contractregistry.registry.domain.SchemaKey;
import org.contractregistry.registry.domain.StoredSchema;
import org.contractregistry.registry.domain.VersionRecord;
import org.contractregistry.registry.domain.audit.AuditEvent;

/** The registry's tables, used inside one transaction. Every list is ordered (subjects by name, versions ascending). */
public interface RegistryStore {

    /** Creates the subject's lock row when missing and locks it until the transaction ends (one statement). */
    void lockSubject(QualifiedSubject subject);

    /**
     * A subject's versions and its scopes' stored settings in one query; with {@code lock}, first creates the
     * subject's lock row when missing and locks it until the transaction ends (on PostgreSQL in the same round trip).
     */
    SubjectState subjectState(QualifiedSubject subject, List<QualifiedSubject> scopes, boolean lock);

    /** All versions of a subject, soft-deleted included, ascending. */
    List<VersionRecord> versions(QualifiedSubject subject);

    /** The versions holding a schema id, in subject then version order. */
    List<VersionRecord> versionsOfSchema(String context, int schemaId);

    /** The versions of the subjects named {@code name}, in whichever context, holding that context's schema id. */
    List<VersionRecord> versionsOfSchemaNamed(String name, int schemaId);

    /** Every version whose subject matches the filter, ordered by context, subject and version. */
    List<VersionRecord> allVersions(SubjectFilter filter);

    /** Which subjects a listing keeps, by the state of their versions. */
    enum Liveness {
        /** At least one live version. */
        LIVE,
        /** Any version, soft-deleted or not. */
        ANY,
        /** Soft-deleted versions only. */
        DELETED_ONLY
    }

    /**
     * One page of the subjects matching the filter and liveness, ordered by context then name (code points), from
     * {@code offset}, at most {@code limit}: read from the subjects' own rows, so a page costs its size, not the
     * registry's.
     */
    List<QualifiedSubject> subjects(SubjectFilter filter, Liveness liveness, int offset, int limit);

    /**
     * As {@link #subjects}, counting {@code offset} from the subject {@code from} (included when it matches) instead
     * of from the first: the rows before it are not read (a keyset over the subjects' primary key).
     */
    List<QualifiedSubject> subjectsFrom(SubjectFilter filter, Liveness liveness, QualifiedSubject from, int offset,
            int limit);

    /**
     * A number that moves on, in every instance's view, before a transaction that changes which subjects a listing
     * shows commits and again after it committed: listings cached under one generation are those of its data.
     */
    long subjectListingGeneration();

    /**
     * Subjects with a live version whose name contains {@code needle} (any case), ordered by context and name, each as
     * its latest live version; {@code offset} and {@code limit} page them.
     */
    List<VersionRecord> searchSubjects(String needle, int offset, int limit);

    /** How many subjects {@link #searchSubjects} finds in all. */
    int countSubjects(String needle);

    /** Latest version registered at or before {@code instant} (epoch millis), soft-deleted included if asked. */
    Optional<VersionRecord> versionAt(QualifiedSubject subject, long instant, boolean includeDeleted);

    /**
     * {@link #subjectState} unlocked, and in the same round trip (on PostgreSQL) a {@link TextProbe} of the subject's
     * newest {@link TextProbe#WINDOW} versions for a draft whose canonical and normalised texts are {@code texts}.
     */
    TextProbe.Probed probedSubjectState(QualifiedSubject subject, List<QualifiedSubject> scopes, List<String> texts);

    Optional<StoredSchema> schema(String context, int id);

    /** The schemas with these ids in the context, by id (ids without a schema left out): one round trip. */
    Map<Integer, StoredSchema> schemas(String context, Collection<Integer> ids);

    Optional<Integer> schemaIdByHash(String context, String contentHash);

    /** The schemas, in every context, whose content hash starts with these hex digits (a guid's 32). */
    List<SchemaKey> schemasWithHashPrefix(String hashPrefix);

    /**
     * The context's next free id. On H2 it locks the context's counter row (created at 1) until the transaction ends
     * and {@link #setNextId} moves it; on PostgreSQL it takes the next number of the context's sequence, which no
     * other caller gets (see {@link #reserveId}).
     */
    int lockNextId(String context);

    /** Ids handed out from now on are at least {@code nextId} (never moves the counter back). */
    void setNextId(String context, int nextId);

    /**
     * Takes the context's next id in a short transaction of its own, committed before this returns, so the counter
     * row is locked for one update instead of a whole registration. Only on a connection outside a transaction (a
     * read); the id may end up unused (a gap), never handed out twice, on any instance.
     */
    int reserveId(String context);

    /**
     * The stored id of this content in the context, else a newly reserved one (as {@link #reserveId}), in one
     * statement on PostgreSQL. Only outside a transaction.
     */
    IdForContent idForContent(String context, String contentHash);

    void deleteSchema(String context, int id);

    /** Inserts a version and, when not null, the new schema it holds first (on PostgreSQL in one round trip). */
    void insertVersion(VersionRecord version, StoredSchema newSchema);

    void markDeleted(QualifiedSubject subject, int version);

    void deleteVersion(QualifiedSubject subject, int version);

    /** Ids of schemas whose references point at this subject version. */
    List<Integer> referrers(QualifiedSubject subject, int version);

    /** Contexts a subject was ever written in (a subject's lock row), until {@link #forgetContext}. */
    List<String> contexts();

    /** Drops a context's subject lock rows, so it is no longer listed; waits for writers holding one. */
    void forgetContext(String context);

    /** Highest schema id handed out in the context, 0 if none. */
    int maxSchemaId(String context);

    Optional<ObjectNode> config(QualifiedSubject scope);

    /** Every stored config and mode, or empty when there are more than {@code atMost} of them. */
    Optional<ScopeSettings> allSettings(int atMost);

    /** The stored configs and modes of these scopes, in one query. */
    ScopeSettings settings(List<QualifiedSubject> scopes);

    void putConfig(QualifiedSubject scope, ObjectNode config);

    void deleteConfig(QualifiedSubject scope);

    Optional<String> mode(QualifiedSubject scope);

    void putMode(QualifiedSubject scope, String mode);

    void deleteMode(QualifiedSubject scope);

    /**
     * Records a change for the audit log: appended, with the caller, at the end of this transaction (so the chain
     * head is locked for the commit only), and committed with the change or not at all.
     */
    void audit(AuditEvent event);

    /** Whether any subject version exists, in one context or (context null) anywhere. */
    boolean hasVersions(String context);
}
