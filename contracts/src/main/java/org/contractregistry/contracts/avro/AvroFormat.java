package org.contractregistry.contracts.avro;

import java.util.List;
import org.contractregistry.contracts.ContractSchema;
import org.contractregistry.contracts.ParseResult;
import org.contractregistry.contracts.SchemaFormat;
import org.contractregistry.contracts.SchemaProblem;
import org.contractregistry.contracts.SchemaSource;
import org.contractregistry.contracts.SchemaType;
import org.contractregistry.contracts.compatibility.CheckOptions;
import org.contractregistry.contracts.compatibility.Direction;
import org.contractregistry.contracts.compatibility.Finding;
import org.contractregistry.contracts.rules.RuleDescriptor;

/** PLACEHOLDER: replaced by the real Avro support. */
public final class AvroFormat implements SchemaFormat {
    @Override
    public SchemaType type() {
        return SchemaType.AVRO;
    }

    @Override
    public ParseResult parse(SchemaSource source) {
        return new ParseResult.Invalid(SchemaProblem.of("Avro support is not built yet"));
    }

    @Override
    public List<Finding> judge(ContractSchema writer, ContractSchema reader, Direction direction, CheckOptions options) {
        return List.of();
    }

    @Override
    public List<RuleDescriptor> rules() {
        return List.of();
    }
}
