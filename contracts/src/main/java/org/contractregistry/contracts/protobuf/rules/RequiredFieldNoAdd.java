package org.contractregistry.contracts.protobuf.rules;

import java.util.List;
import org.contractregistry.contracts.protobuf.check.Pairs;
import org.contractregistry.contracts.protobuf.check.ProtoRule;
import org.contractregistry.contracts.protobuf.check.Report;
import org.contractregistry.contracts.protobuf.model.FieldModel;
import org.contractregistry.contracts.protobuf.model.FieldModel.Cardinality;

public final class RequiredFieldNoAdd extends ProtoRule.MessageRule {
    @Override public String id() { return "REQUIRED_FIELD_NO_ADD"; }
    @Override public List<String> categories() { return WIRE_RULE; }
    @Override public String purpose() {
        return "No proto2 required field is added: data written without it fails to parse.";
    }
    @Override public String example() { return "+ required string id = 5;"; }

    @Override
    public void check(Pairs.MessagePair pair, Report report) {
        for (FieldModel after : pair.current().fields()) {
            if (after.cardinality() == Cardinality.REQUIRED && pair.previous().field(after.number()) == null) {
                report.add(this, pair.path() + "." + after.name(), pair.previous().line(), after.line(),
                        "Required field " + after.number() + " `" + after.name() + "` exists in "
                                + report.currentSide() + " of `" + pair.current().fullName() + "` but not in "
                                + report.previousSide() + ".",
                        "make `" + after.name() + "` optional");
            }
        }
    }
}
