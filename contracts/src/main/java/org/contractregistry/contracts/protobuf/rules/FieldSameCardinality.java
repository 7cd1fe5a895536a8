package org.contractregistry.contracts.protobuf.rules;

import java.util.List;
import org.contractregistry.contracts.protobuf.check.Pairs;
import org.contractregistry.contracts.protobuf.check.ProtoRule;
import org.contractregistry.contracts.protobuf.check.Report;
import org.contractregistry.contracts.protobuf.model.FieldModel;
import org.contractregistry.contracts.protobuf.model.FieldModel.Cardinality;

public final class FieldSameCardinality extends ProtoRule.FieldRule {
    @Override public String id() { return "FIELD_SAME_CARDINALITY"; }
    @Override public List<String> categories() { return WIRE_RULE; }
    @Override public String purpose() {
        return "A field stays singular, required, repeated or map (implicit and optional presence are both "
                + "singular).";
    }
    @Override public String example() { return "string tag = 2; -> repeated string tag = 2;"; }

    @Override
    public void check(Pairs.FieldPair pair, Report report) {
        FieldModel before = pair.previous();
        FieldModel after = pair.current();
        if (group(before.cardinality()) != group(after.cardinality())) {
            report.add(this, pair.path(), before.line(), after.line(),
                    "Field " + after.number() + " `" + after.name() + "` changed from " + before.cardinality().word()
                            + " to " + after.cardinality().word() + ".",
                    "keep `" + after.name() + "` " + before.cardinality().word() + " or add a new field");
        }
    }

    private static Cardinality group(Cardinality cardinality) {
        return cardinality == Cardinality.OPTIONAL ? Cardinality.IMPLICIT : cardinality;
    }
}
