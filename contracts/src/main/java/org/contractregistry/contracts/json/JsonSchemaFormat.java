package org.contractregistry.contracts.json;

import java.util.Arrays;
import java.util.List;
import org.contractregistry.contracts.ContractSchema;
import org.contractregistry.contracts.ParseResult;
import org.contractregistry.contracts.SchemaFormat;
import org.contractregistry.contracts.SchemaSource;
import org.contractregistry.contracts.SchemaType;
import org.contractregistry.contracts.compatibility.CheckOptions;
import org.contractregistry.contracts.compatibility.Direction;
import org.contractregistry.contracts.compatibility.Finding;
import org.contractregistry.contracts.json.diff.JsonDifference;
import org.contractregistry.contracts.json.diff.Walk;
import org.contractregistry.contracts.rules.RuleDescriptor;

/**
 * JSON Schema support: Jackson and networknt's validator parse, {@link Walk} judges with Confluent's
 * json-schema-provider semantics. The primitive is Confluent's {@code compare(original = writer, update = reader)}:
 * every difference is found, and each incompatible one is a finding whose rule id is Confluent's difference name.
 */
public final class JsonSchemaFormat implements SchemaFormat {
    @Override
    public SchemaType type() {
        return SchemaType.JSON;
    }

    @Override
    public ParseResult parse(SchemaSource source) {
        return JsonSchemaParsing.parse(source);
    }

    @Override
    public List<Finding> judge(ContractSchema writer, ContractSchema reader, Direction direction, CheckOptions options) {
        JsonContractSchema w = (JsonContractSchema) writer;
        JsonContractSchema r = (JsonContractSchema) reader;
        if (w.canonicalText().equals(r.canonicalText()) && w.fingerprint().equals(r.fingerprint())) {
            return List.of();
        }
        String readerSide = direction == Direction.BACKWARD ? "the new schema" : "the old schema";
        String writerSide = direction == Direction.BACKWARD ? "the old schema" : "the new schema";
        return Walk.compare(w.documents(), w.draft(), r.documents(), r.draft()).stream()
                .filter(d -> !d.type().isCompatible())
                .map(d -> new Finding(d.type().name(), JsonDifference.CATEGORY, d.path(),
                        d.type().sentence(d.path(), readerSide, writerSide), d.type().fixHint(), 0, direction, 0))
                .toList();
    }

    @Override
    public List<RuleDescriptor> rules() {
        return Arrays.stream(JsonDifference.values()).filter(d -> !d.isCompatible()).map(JsonDifference::descriptor)
                .sorted(java.util.Comparator.comparing(RuleDescriptor::id)).toList();
    }
}
