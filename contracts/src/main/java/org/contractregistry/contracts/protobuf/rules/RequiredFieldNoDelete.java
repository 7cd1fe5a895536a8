package org.contractregistry.contracts.protobuf.rules;

import java.util.List;
import org.contractregistry.contracts.protobuf.check.Pairs;
import org.contractregistry.contracts.protobuf.check.ProtoRule;
import org.contractregistry.contracts.protobuf.check.Report;
import org.contractregistry.contracts.protobuf.model.FieldModel;
import org.contractregistry.contracts.protobuf.model.FieldModel.Cardinality;

public final class RequiredFieldNoDelete extends ProtoRule.MessageRule {
    @Override public String id() { return "REQUIRED_FIELD_NO_DELETE"; }
    @Override public List<String> categories() { return WIRE_RULE; }
    @Override public String purpose() {
        return "No proto2 required field is deleted: readers that still require it reject the new data.";
    }
    @Override public String example() { return "- required string id = 5;"; }

    @Override
    public void check(Pairs.MessagePair pair, Report report) {
        for (FieldModel before : pair.previous().fields()) {
            if (before.cardinality() == Cardinality.REQUIRED && pair.current().field(before.number()) == null) {
                report.add(this, pair.path() + "." + before.name(), before.line(), pair.current().line(),
                        "Required field " + before.number() + " `" + before.name() + "` exists in "
                                + report.previousSide() + " of `" + pair.current().fullName() + "` but not in "
                                + report.currentSide() + ".",
                        "keep required field `" + before.name() + "` (number " + before.number() + ")");
            }
        }
    }
}
