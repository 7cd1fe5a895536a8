package org.contractregistry.contracts.protobuf.rules.confluent;

import java.util.List;
import org.contractregistry.contracts.protobuf.check.Pairs;
import org.contractregistry.contracts.protobuf.check.ProtoRule;
import org.contractregistry.contracts.protobuf.check.Report;
import org.contractregistry.contracts.protobuf.model.FieldModel;
import org.contractregistry.contracts.protobuf.model.FieldModel.TypeKind;

public final class FieldScalarKindChanged extends ProtoRule.FieldRule {
    @Override public String id() { return "FIELD_SCALAR_KIND_CHANGED"; }
    @Override public List<String> categories() { return CONFLUENT_RULE; }
    @Override public String purpose() {
        return "Confluent: a scalar (or map key/value) changed sub-kind, e.g. int32 -> string, int32 -> sint32, "
                + "float -> double.";
    }
    @Override public String example() { return "int32 count = 1; -> sint32 count = 1;"; }

    @Override
    public void check(Pairs.FieldPair pair, Report report) {
        FieldModel before = pair.previous();
        FieldModel after = pair.current();
        String kind = ConfluentKinds.kind(before);
        if (!kind.equals(ConfluentKinds.kind(after)) || kind.equals("MESSAGE")) {
            return;
        }
        boolean changed;
        if (kind.equals("MAP")) {
            changed = !ConfluentKinds.scalarKind(TypeKind.SCALAR, before.keyType())
                            .equals(ConfluentKinds.scalarKind(TypeKind.SCALAR, after.keyType()))
                    || !ConfluentKinds.scalarKind(before.valueKind(), before.type())
                            .equals(ConfluentKinds.scalarKind(after.valueKind(), after.type()));
        } else {
            changed = !ConfluentKinds.scalarKind(before.kind(), before.type())
                    .equals(ConfluentKinds.scalarKind(after.kind(), after.type()));
        }
        if (changed) {
            report.add(this, Paths.of(pair), before.line(), after.line(),
                    "Field " + after.number() + " `" + after.name() + "` changed from `" + before.typeDisplay()
                            + "` to `" + after.typeDisplay() + "`, another scalar kind.",
                    "keep the type " + before.typeDisplay() + " or add a new field");
        }
    }
}
