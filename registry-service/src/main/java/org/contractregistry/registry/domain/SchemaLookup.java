package org.contractregistry.registry.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.contractregistry.registry.store.RegistryStore;
import org.contractregistry.registry.store.Transactions;

/**
 * Schemas as a deserializer names them: by id together with the subject it reads for ({@code GET /schemas/ids/{id}}),
 * or by guid ({@code GET /schemas/guids/{guid}}, what Confluent 8's serdes put in a record header). Ids are per
 * context, so the subject decides which context's id is meant, as in Confluent.
 */
public final class SchemaLookup {
    /** The default context first, then the others by name: the order Confluent tries contexts in. */
    private static final Comparator<String> CONTEXT_ORDER = Comparator
            .comparing((String context) -> !context.equals(QualifiedSubject.DEFAULT_CONTEXT))
            .thenComparing(Comparator.naturalOrder());
    private static final Comparator<SchemaKey> KEY_ORDER =
            Comparator.comparing(SchemaKey::context, CONTEXT_ORDER).thenComparingInt(SchemaKey::id);

    private final SchemaCatalog catalog;
    private final Transactions transactions;

    public SchemaLookup(SchemaCatalog catalog) {
        this.catalog = catalog;
        this.transactions = catalog.transactions();
    }

    /**
     * A schema found for a client, and (when the client named a subject) the subject version holding it that the
     * answer names.
     */
    public record Located(StoredSchema schema, Optional<VersionRecord> holder) {}

    /**
     * The schema with this id for {@code subject} (null: none given, the default context; 40403 when unknown):
     * <ul>
     * <li>a context scope ({@code :.ctx:}): the id in that context;</li>
     * <li>a subject of another context: the id only if that subject holds it;</li>
     * <li>a subject of the default context: the id if the subject holds it there, else the id held by the subject of
     * the same name in another context (the first by name), else the id in the default context.</li>
     * </ul>
     * The holder is that subject's latest version with the id (soft-deleted ones count), else any version with it.
     */
    public Located byId(int id, String subject) {
        if (subject == null) {
            return new Located(catalog.schemaById(QualifiedSubject.DEFAULT_CONTEXT, id), Optional.empty());
        }
        QualifiedSubject asked = QualifiedSubject.parse(subject);
        Optional<VersionRecord> holder = transactions.read(store -> holder(store, asked, id));
        if (holder.isEmpty() && !asked.name().isEmpty() && !asked.isDefaultContext()) {
            throw RegistryException.schemaNotFound(id);
        }
        String context = holder.map(v -> v.subject().context()).orElse(asked.context());
        return new Located(catalog.schemaById(context, id), holder);
    }

    private static Optional<VersionRecord> holder(RegistryStore store, QualifiedSubject asked, int id) {
        List<VersionRecord> inContext = store.versionsOfSchema(asked.context(), id);
        if (asked.name().isEmpty()) {
            return inContext.stream().findFirst();
        }
        Optional<VersionRecord> own = latest(inContext.stream().filter(v -> v.subject().equals(asked)).toList());
        if (own.isPresent() || !asked.isDefaultContext()) {
            return own;
        }
        List<VersionRecord> namesakes = store.versionsOfSchemaNamed(asked.name(), id).stream()
                .filter(v -> !v.subject().isDefaultContext()).toList();
        Optional<String> first = namesakes.stream().map(v -> v.subject().context()).min(CONTEXT_ORDER);
        return first.isPresent()
                ? latest(namesakes.stream().filter(v -> v.subject().context().equals(first.get())).toList())
                : inContext.stream().findFirst();
    }

    private static Optional<VersionRecord> latest(List<VersionRecord> versions) {
        return versions.stream().max(Comparator.comparingInt(VersionRecord::version));
    }

    /**
     * The schema with this guid: its id in the default context, else in the first other context by name; 40403 when
     * no context holds the content or the text is no guid.
     */
    public StoredSchema byGuid(String guid) {
        SchemaGuid parsed = SchemaGuid.parse(guid).orElseThrow(() -> RegistryException.schemaNotFound("'" + guid
                + "' (a guid is 32 hexadecimal digits grouped 8-4-4-4-12)"));
        SchemaKey key = idsOf(parsed).stream().findFirst()
                .orElseThrow(() -> RegistryException.schemaNotFound(parsed.value()));
        return catalog.schemaById(key.context(), key.id());
    }

    /** The id of the guid's content in each context holding it, by context (default first); none for a non-guid. */
    public List<SchemaKey> idsOfGuid(String guid) {
        return SchemaGuid.parse(guid).map(this::idsOf).orElse(List.of());
    }

    private List<SchemaKey> idsOf(SchemaGuid guid) {
        return transactions.read(store -> store.schemasWithHashPrefix(guid.hashPrefix())).stream()
                .sorted(KEY_ORDER).toList();
    }
}
