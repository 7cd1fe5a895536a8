package org.contractregistry.registry.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Instant;
import java.util.List;
import org.contractregistry.contracts.ContractSchema;
import org.contractregistry.contracts.ParseResult;
import org.contractregistry.contracts.SchemaSource;
import org.contractregistry.contracts.SchemaType;
import org.contractregistry.contracts.compatibility.CompatibilityChecker;
import org.contractregistry.contracts.compatibility.CompatibilityLevel;
import org.contractregistry.contracts.compatibility.Finding;
import org.contractregistry.contracts.compatibility.PriorVersion;
import org.contractregistry.registry.store.RegistryStore;
import org.contractregistry.registry.store.Transactions;

/**
 * Two versions of one subject side by side, and what the engine finds when the newer replaces the older at the
 * subject's level (its one-step form: the pair alone, not the history). Avro text is laid out one JSON member per line
 * before it is judged, so a finding's line points into the text a person reads; a subject at NONE is judged as
 * BACKWARD, the server's default, so the page can still say what would break.
 */
public final class VersionComparison {
    private final Transactions transactions;
    private final SchemaCatalog catalog;
    private final SettingsService settings;

    public VersionComparison(SchemaCatalog catalog, SettingsService settings) {
        this.transactions = catalog.transactions();
        this.catalog = catalog;
        this.settings = settings;
    }

    /** One side of the comparison: the version, its schema id and time, and its text as shown. */
    public record Side(int version, int schemaId, Instant registeredAt, boolean deleted, SchemaType type, String text) {}

    /**
     * @param level the level the findings were judged at
     * @param levelInForce the subject's level (differs from {@code level} when that is NONE or transitive)
     * @param findings each finding's line is a line of {@code to}'s text where the engine knows it, else 0
     */
    public record Result(QualifiedSubject subject, CompatibilityLevel level, CompatibilityLevel levelInForce, Side from,
            Side to, List<Finding> findings) {}

    /** 40401 unknown subject, 40402 unknown version (soft-deleted versions can be compared). */
    public Result compare(QualifiedSubject subject, int from, int to) {
        return transactions.read(store -> {
            CompatibilityLevel inForce = settings.effective(store, subject).level();
            CompatibilityLevel level = pairLevel(inForce);
            Shown older = shown(store, subject, from);
            Shown newer = shown(store, subject, to);
            List<Finding> findings = CompatibilityChecker.checkPair(newer.contract(),
                    new PriorVersion(older.side().version(), older.contract()), level,
                    settings.effective(store, subject).checkOptions()).findings();
            return new Result(subject, level, inForce, older.side(), newer.side(), findings);
        });
    }

    /** The non-transitive level of the same directions; NONE is judged as BACKWARD. */
    static CompatibilityLevel pairLevel(CompatibilityLevel level) {
        return switch (level) {
            case NONE, BACKWARD, BACKWARD_TRANSITIVE -> CompatibilityLevel.BACKWARD;
            case FORWARD, FORWARD_TRANSITIVE -> CompatibilityLevel.FORWARD;
            case FULL, FULL_TRANSITIVE -> CompatibilityLevel.FULL;
        };
    }

    private record Shown(Side side, ContractSchema contract) {}

    private Shown shown(RegistryStore store, QualifiedSubject subject, int version) {
        SubjectVersionView view = catalog.version(store, subject, new VersionSpec(version), true);
        StoredSchema schema = view.schema();
        String text = laidOut(schema.type(), schema.text());
        SchemaSource source = new SchemaSource(schema.type(), text,
                catalog.resolve(store, schema.context(), schema.references()));
        ParseResult result = catalog.parse(source);
        boolean laidOut = result instanceof ParseResult.Parsed;
        ContractSchema contract = result instanceof ParseResult.Parsed parsed ? parsed.schema()
                : catalog.parsed(store, schema);
        VersionRecord record = view.version();
        return new Shown(new Side(record.version(), schema.id(), Instant.ofEpochMilli(record.registeredAt()),
                record.deleted(), schema.type(), laidOut ? text : schema.text()), contract);
    }

    /** Avro JSON one member per line (as stored, a schema is often one long line); other text as it is. */
    public static String laidOut(SchemaType type, String text) {
        if (type != SchemaType.AVRO) {
            return text;
        }
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(Json.MAPPER.readTree(text));
        } catch (JsonProcessingException e) {
            return text;
        }
    }
}
