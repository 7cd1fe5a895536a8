package org.contractregistry.registry.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.contractregistry.contracts.ContractSchema;
import org.contractregistry.contracts.ParseResult;
import org.contractregistry.contracts.SchemaSource;
import org.contractregistry.contracts.SchemaType;
import org.contractregistry.contracts.SchemaTypeGuess;
import org.contractregistry.registry.store.RegistryStore;

/** Turns a client's draft into a {@link PreparedSchema}, or a 42201 / 42210 naming what is wrong with it. */
final class SchemaPreparer {
    private final SchemaCatalog catalog;

    SchemaPreparer(SchemaCatalog catalog) {
        this.catalog = catalog;
    }

    PreparedSchema prepare(RegistryStore store, QualifiedSubject subject, SchemaDraft draft, boolean normalize) {
        return prepare(store, subject, draft, normalize, true);
    }

    /** The parsed and validated draft for a compatibility check: no stored text, no content hash. */
    PreparedSchema forCheck(RegistryStore store, QualifiedSubject subject, SchemaDraft draft) {
        return prepare(store, subject, draft, false, false);
    }

    private PreparedSchema prepare(RegistryStore store, QualifiedSubject subject, SchemaDraft draft, boolean normalize,
            boolean forStorage) {
        SchemaType type = schemaType(draft.schemaType());
        if (draft.schema() == null) {
            throw RegistryException.invalidSchema("The request has no \"schema\" field: send the schema text as a"
                    + " JSON string in \"schema\" (with \"schemaType\" unless it is Avro)");
        }
        if (draft.schema().isBlank()) {
            throw RegistryException.invalidSchema("Empty schema: the \"schema\" field is blank");
        }
        List<SchemaReference> pinned = pin(store, subject, draft.references());
        SchemaSource source = new SchemaSource(type, draft.schema(), catalog.resolve(store, subject.context(), pinned));
        ParseResult parsed = catalog.parse(source);
        if (parsed instanceof ParseResult.Invalid invalid) {
            throw RegistryException.invalidSchema("Invalid schema: " + invalid.problem().describe()
                    + otherTypeHint(type, draft));
        }
        ContractSchema contract = ((ParseResult.Parsed) parsed).schema();
        JsonNode metadata = Json.present(draft.metadata());
        JsonNode ruleSet = Json.present(draft.ruleSet());
        if (metadata != null) {
            if (!metadata.isObject()) {
                throw RegistryException.invalidSchema("metadata must be a JSON object");
            }
            DocumentShapes.requireMetadata(metadata, "metadata");
        }
        if (ruleSet != null) {
            if (!ruleSet.isObject()) {
                throw new RegistryException(ErrorCode.INVALID_RULESET, "ruleSet must be a JSON object");
            }
            DocumentShapes.requireRuleSet(ruleSet);
        }
        if (!forStorage) {
            return new PreparedSchema(contract, type, null, pinned, metadata, ruleSet, null);
        }
        String text = normalize ? contract.normalizedText() : contract.canonicalText();
        return new PreparedSchema(contract, type, text, pinned, metadata, ruleSet,
                ContentHash.of(type, text, pinned, metadata, ruleSet));
    }

    /** When the text looks like another language than it was read as: which {@code schemaType} to send instead. */
    private static String otherTypeHint(SchemaType type, SchemaDraft draft) {
        return SchemaTypeGuess.of(draft.schema()).filter(sign -> sign.type() != type)
                .map(sign -> ". The text looks like " + sign.name() + ", but it was read as " + type
                        + (draft.schemaType() == null || draft.schemaType().isBlank()
                                ? " (the default when no schemaType is sent)" : "")
                        + ": send \"schemaType\": \"" + sign.type() + "\" with it")
                .orElse("");
    }

    static SchemaType schemaType(String wire) {
        return SchemaType.fromWire(wire).orElseThrow(() -> RegistryException.invalidSchema(
                "Unsupported schema type '" + wire + "'; this registry accepts AVRO, PROTOBUF and JSON"));
    }

    /** Checks every reference names an existing subject version; version -1 becomes the latest live version. */
    private static List<SchemaReference> pin(RegistryStore store, QualifiedSubject subject,
            List<SchemaReference> references) {
        List<SchemaReference> pinned = new ArrayList<>();
        for (int i = 0; i < references.size(); i++) {
            SchemaReference reference = references.get(i);
            if (reference == null || reference.name() == null || reference.name().isBlank()
                    || reference.subject() == null) {
                throw RegistryException.invalidSchema("Invalid schema reference at index " + i
                        + ": each reference needs a name and a subject (and a version, -1 for the latest)");
            }
            QualifiedSubject target = subject.resolveReference(reference.subject());
            List<VersionRecord> versions = store.versions(target);
            boolean exists = reference.version() == -1
                    ? versions.stream().anyMatch(v -> !v.deleted())
                    : versions.stream().anyMatch(v -> v.version() == reference.version());
            if (!exists) {
                throw RegistryException.invalidSchema("Invalid schema reference " + reference.name() + ": subject '"
                        + reference.subject() + "' version " + reference.version() + " does not exist");
            }
            int version = reference.version() == -1
                    ? versions.stream().filter(v -> !v.deleted()).mapToInt(VersionRecord::version).max().orElseThrow()
                    : reference.version();
            pinned.add(new SchemaReference(reference.name(), reference.subject(), version));
        }
        return pinned;
    }
}
