package org.contractregistry.contracts.protobuf;

import java.util.List;
import org.contractregistry.contracts.ContractSchema;
import org.contractregistry.contracts.ParseResult;
import org.contractregistry.contracts.SchemaFormat;
import org.contractregistry.contracts.SchemaSource;
import org.contractregistry.contracts.SchemaType;
import org.contractregistry.contracts.compatibility.CheckOptions;
import org.contractregistry.contracts.compatibility.Direction;
import org.contractregistry.contracts.compatibility.Finding;
import org.contractregistry.contracts.compatibility.ProtobufStrictness;
import org.contractregistry.contracts.protobuf.check.ProtoRule;
import org.contractregistry.contracts.rules.RuleDescriptor;

/**
 * Protobuf (.proto text) support: wire-schema parses and links, {@link ProtoRules} judges.
 *
 * <p>WIRE and WIRE_JSON rules are Buf-style evolution rules over (old, new) in time order, so BACKWARD and FORWARD
 * give the same verdict. CONFLUENT mode reproduces Confluent's diff, {@code compare(original = writer, update =
 * reader)}: BACKWARD compares old to new, FORWARD new to old.
 */
public final class ProtobufFormat implements SchemaFormat {
    @Override
    public SchemaType type() {
        return SchemaType.PROTOBUF;
    }

    @Override
    public ParseResult parse(SchemaSource source) {
        return ProtoParsing.parse(source);
    }

    @Override
    public List<Finding> judge(ContractSchema writer, ContractSchema reader, Direction direction, CheckOptions options) {
        ProtobufSchema writing = (ProtobufSchema) writer;
        ProtobufSchema reading = (ProtobufSchema) reader;
        ProtobufStrictness mode = options.protobufStrictness();
        var walker = ProtoRules.walker(mode);
        if (mode == ProtobufStrictness.CONFLUENT) {
            return walker.walk(writing.model(), reading.model(), direction, direction == Direction.BACKWARD);
        }
        boolean readerIsNew = direction == Direction.BACKWARD;
        ProtobufSchema old = readerIsNew ? writing : reading;
        ProtobufSchema fresh = readerIsNew ? reading : writing;
        return walker.walk(old.model(), fresh.model(), direction, true);
    }

    @Override
    public List<RuleDescriptor> rules() {
        return ProtoRules.ALL.stream().map(ProtoRule::descriptor)
                .sorted(java.util.Comparator.comparing(RuleDescriptor::id)).toList();
    }
}
