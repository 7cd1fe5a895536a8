package org.contractregistry.contracts.protobuf;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.contractregistry.contracts.compatibility.ProtobufStrictness;
import org.contractregistry.contracts.protobuf.check.ProtoRule;
import org.contractregistry.contracts.protobuf.check.ProtoWalker;
import org.contractregistry.contracts.protobuf.rules.EnumDefaultValueSame;
import org.contractregistry.contracts.protobuf.rules.EnumNoDelete;
import org.contractregistry.contracts.protobuf.rules.EnumReservedNameNoDelete;
import org.contractregistry.contracts.protobuf.rules.EnumReservedNumberNoDelete;
import org.contractregistry.contracts.protobuf.rules.EnumValueNoDeleteUnlessNameReserved;
import org.contractregistry.contracts.protobuf.rules.EnumValueNoDeleteUnlessNumberReserved;
import org.contractregistry.contracts.protobuf.rules.EnumValueSameName;
import org.contractregistry.contracts.protobuf.rules.EnumValueSameNumber;
import org.contractregistry.contracts.protobuf.rules.FieldNoDeleteUnlessNameReserved;
import org.contractregistry.contracts.protobuf.rules.FieldNoDeleteUnlessNumberReserved;
import org.contractregistry.contracts.protobuf.rules.FieldNumberReused;
import org.contractregistry.contracts.protobuf.rules.FieldSameCardinality;
import org.contractregistry.contracts.protobuf.rules.FieldSameJsonName;
import org.contractregistry.contracts.protobuf.rules.FieldSameName;
import org.contractregistry.contracts.protobuf.rules.FieldSameOneof;
import org.contractregistry.contracts.protobuf.rules.FieldWireCompatibleType;
import org.contractregistry.contracts.protobuf.rules.FieldWireJsonCompatibleType;
import org.contractregistry.contracts.protobuf.rules.FileSamePackage;
import org.contractregistry.contracts.protobuf.rules.MessageNoDelete;
import org.contractregistry.contracts.protobuf.rules.MessageNoMove;
import org.contractregistry.contracts.protobuf.rules.MessageReservedNameNoDelete;
import org.contractregistry.contracts.protobuf.rules.MessageReservedNumberNoDelete;
import org.contractregistry.contracts.protobuf.rules.OneofNoDelete;
import org.contractregistry.contracts.protobuf.rules.RequiredFieldNoAdd;
import org.contractregistry.contracts.protobuf.rules.RequiredFieldNoDelete;
import org.contractregistry.contracts.protobuf.rules.RpcNoDelete;
import org.contractregistry.contracts.protobuf.rules.RpcSameSignature;
import org.contractregistry.contracts.protobuf.rules.ServiceNoDelete;
import org.contractregistry.contracts.protobuf.rules.confluent.FieldKindChanged;
import org.contractregistry.contracts.protobuf.rules.confluent.FieldMovedToExistingOneof;
import org.contractregistry.contracts.protobuf.rules.confluent.FieldNamedTypeChanged;
import org.contractregistry.contracts.protobuf.rules.confluent.FieldNumericLabelChanged;
import org.contractregistry.contracts.protobuf.rules.confluent.FieldScalarKindChanged;
import org.contractregistry.contracts.protobuf.rules.confluent.MessageRemoved;
import org.contractregistry.contracts.protobuf.rules.confluent.MultipleFieldsMovedToOneof;
import org.contractregistry.contracts.protobuf.rules.confluent.OneofFieldRemoved;
import org.contractregistry.contracts.protobuf.rules.confluent.PackageChanged;
import org.contractregistry.contracts.protobuf.rules.confluent.RequiredFieldAdded;
import org.contractregistry.contracts.protobuf.rules.confluent.RequiredFieldRemoved;

/**
 * Every Protobuf rule, listed once; a mode is the rules whose categories name it (WIRE_JSON includes the WIRE rules).
 * Only Confluent's incompatible difference types are rules: its compatible ones never produce findings.
 */
public final class ProtoRules {
    public static final List<ProtoRule> ALL = List.of(
            // files
            new FileSamePackage(), new MessageNoDelete(), new MessageNoMove(), new EnumNoDelete(),
            new ServiceNoDelete(),
            // messages
            new FieldNoDeleteUnlessNumberReserved(), new FieldNoDeleteUnlessNameReserved(), new OneofNoDelete(),
            new MessageReservedNumberNoDelete(), new MessageReservedNameNoDelete(), new RequiredFieldNoAdd(),
            new RequiredFieldNoDelete(),
            // fields
            new FieldNumberReused(), new FieldWireCompatibleType(), new FieldWireJsonCompatibleType(),
            new FieldSameCardinality(), new FieldSameOneof(), new FieldSameName(), new FieldSameJsonName(),
            // enums
            new EnumValueNoDeleteUnlessNumberReserved(), new EnumValueNoDeleteUnlessNameReserved(),
            new EnumValueSameName(), new EnumValueSameNumber(), new EnumDefaultValueSame(),
            new EnumReservedNumberNoDelete(), new EnumReservedNameNoDelete(),
            // services
            new RpcNoDelete(), new RpcSameSignature(),
            // Confluent Schema Registry's incompatible Difference.Types
            new PackageChanged(), new MessageRemoved(), new FieldKindChanged(), new FieldScalarKindChanged(),
            new FieldNamedTypeChanged(), new FieldNumericLabelChanged(), new RequiredFieldAdded(),
            new RequiredFieldRemoved(), new OneofFieldRemoved(), new MultipleFieldsMovedToOneof(),
            new FieldMovedToExistingOneof());

    private static final Map<ProtobufStrictness, ProtoWalker> WALKERS = new EnumMap<>(ProtobufStrictness.class);

    static {
        for (ProtobufStrictness mode : ProtobufStrictness.values()) {
            WALKERS.put(mode, new ProtoWalker(forMode(mode)));
        }
    }

    private ProtoRules() {}

    public static List<ProtoRule> forMode(ProtobufStrictness mode) {
        return ALL.stream().filter(rule -> rule.categories().contains(mode.name())).toList();
    }

    static ProtoWalker walker(ProtobufStrictness mode) {
        return WALKERS.get(mode);
    }
}
