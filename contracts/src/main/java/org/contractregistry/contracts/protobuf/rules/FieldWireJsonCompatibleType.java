package org.contractregistry.contracts.protobuf.rules;

import java.util.List;
import org.contractregistry.contracts.protobuf.check.Pairs;
import org.contractregistry.contracts.protobuf.check.ProtoRule;
import org.contractregistry.contracts.protobuf.check.Report;
import org.contractregistry.contracts.protobuf.check.TypeGroups;
import org.contractregistry.contracts.protobuf.model.FieldModel;
import org.contractregistry.contracts.protobuf.model.FieldModel.TypeKind;

public final class FieldWireJsonCompatibleType extends ProtoRule.FieldRule {
    @Override public String id() { return "FIELD_WIRE_JSON_COMPATIBLE_TYPE"; }
    @Override public List<String> categories() { return JSON_RULE; }
    @Override public String purpose() {
        return "A wire-compatible type change also keeps the JSON form (bool, enums, string and bytes each stand "
                + "alone in JSON).";
    }
    @Override public String example() { return "string token = 2; -> bytes token = 2;"; }

    @Override
    public void check(Pairs.FieldPair pair, Report report) {
        FieldModel before = pair.previous();
        FieldModel after = pair.current();
        if ((before.kind() == TypeKind.MAP) != (after.kind() == TypeKind.MAP)) {
            return;
        }
        TypeKind beforeKind = TypeGroups.elementKind(before);
        TypeKind afterKind = TypeGroups.elementKind(after);
        boolean wireOk = TypeGroups.wireCompatible(beforeKind, TypeGroups.comparableType(before, after), afterKind,
                TypeGroups.comparableType(after, before))
                && (before.kind() != TypeKind.MAP || TypeGroups.wireCompatible(
                        TypeKind.SCALAR, before.keyType(), TypeKind.SCALAR, after.keyType()));
        boolean jsonOk = TypeGroups.jsonCompatible(beforeKind, TypeGroups.comparableType(before, after), afterKind,
                TypeGroups.comparableType(after, before))
                && (before.kind() != TypeKind.MAP || TypeGroups.jsonCompatible(
                        TypeKind.SCALAR, before.keyType(), TypeKind.SCALAR, after.keyType()));
        if (wireOk && !jsonOk) {
            report.add(this, pair.path(), before.line(), after.line(),
                    "Field " + after.number() + " `" + after.name() + "` changed type from `" + before.typeDisplay()
                            + "` to `" + after.typeDisplay() + "`, which changes its JSON form.",
                    "keep the type " + before.typeDisplay() + " or add a new field");
        }
    }
}
