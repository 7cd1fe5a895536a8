package org.contractregistry.contracts.protobuf.rules.confluent;

import java.util.List;
import org.contractregistry.contracts.protobuf.check.Pairs;
import org.contractregistry.contracts.protobuf.check.ProtoRule;
import org.contractregistry.contracts.protobuf.check.Report;
import org.contractregistry.contracts.protobuf.model.FieldModel;

public final class FieldNumericLabelChanged extends ProtoRule.FieldRule {
    @Override public String id() { return "FIELD_NUMERIC_LABEL_CHANGED"; }
    @Override public List<String> categories() { return CONFLUENT_RULE; }
    @Override public String purpose() {
        return "Confluent: the explicit label (optional, required, repeated) of a numeric field changed.";
    }
    @Override public String example() { return "optional int32 count = 1; -> repeated int32 count = 1;"; }

    @Override
    public void check(Pairs.FieldPair pair, Report report) {
        FieldModel before = pair.previous();
        FieldModel after = pair.current();
        if (before.explicitLabel() && after.explicitLabel() && before.cardinality() != after.cardinality()
                && ConfluentKinds.isNumeric(before) && ConfluentKinds.isNumeric(after)) {
            report.add(this, Paths.of(pair), before.line(), after.line(),
                    "Numeric field " + after.number() + " `" + after.name() + "` changed its label from "
                            + before.cardinality().word() + " to " + after.cardinality().word() + ".",
                    "keep `" + before.cardinality().word() + "` or add a new field");
        }
    }
}
