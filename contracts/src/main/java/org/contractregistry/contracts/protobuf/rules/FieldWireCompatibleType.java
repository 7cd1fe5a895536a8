package org.contractregistry.contracts.protobuf.rules;

import java.util.List;
import org.contractregistry.contracts.protobuf.check.Pairs;
import org.contractregistry.contracts.protobuf.check.ProtoRule;
import org.contractregistry.contracts.protobuf.check.Report;
import org.contractregistry.contracts.protobuf.check.TypeGroups;
import org.contractregistry.contracts.protobuf.model.FieldModel;
import org.contractregistry.contracts.protobuf.model.FieldModel.TypeKind;

public final class FieldWireCompatibleType extends ProtoRule.FieldRule {
    @Override public String id() { return "FIELD_WIRE_COMPATIBLE_TYPE"; }
    @Override public List<String> categories() { return WIRE_RULE; }
    @Override public String purpose() {
        return "A field's type only changes within its wire group (int32/uint32/int64/uint64/bool, "
                + "sint32/sint64, fixed32/sfixed32, fixed64/sfixed64, string/bytes, message/bytes).";
    }
    @Override public String example() { return "int64 amount = 3; -> string amount = 3;"; }

    @Override
    public void check(Pairs.FieldPair pair, Report report) {
        FieldModel before = pair.previous();
        FieldModel after = pair.current();
        if ((before.kind() == TypeKind.MAP) != (after.kind() == TypeKind.MAP)) {
            return; // a map <-> non-map change is a cardinality change
        }
        boolean keysOk = before.kind() != TypeKind.MAP
                || TypeGroups.wireCompatible(TypeKind.SCALAR, before.keyType(), TypeKind.SCALAR, after.keyType());
        boolean valuesOk = TypeGroups.wireCompatible(
                TypeGroups.elementKind(before), TypeGroups.comparableType(before, after), TypeGroups.elementKind(after),
                TypeGroups.comparableType(after, before));
        if (!keysOk || !valuesOk) {
            report.add(this, pair.path(), before.line(), after.line(),
                    "Field " + after.number() + " `" + after.name() + "` changed type from `" + before.typeDisplay()
                            + "` to `" + after.typeDisplay() + "`, which is encoded differently on the wire.",
                    "keep the type " + before.typeDisplay() + " or add a new field");
        }
    }
}
