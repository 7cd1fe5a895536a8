package org.contractregistry.contracts.protobuf;

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

/** PLACEHOLDER: replaced by the real Protobuf support. */
public final class ProtobufFormat implements SchemaFormat {
    @Override
    public SchemaType type() {
        return SchemaType.PROTOBUF;
    }

    @Override
    public ParseResult parse(SchemaSource source) {
        return new ParseResult.Invalid(SchemaProblem.of("Protobuf support is not built yet"));
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
