package org.contractregistry.contracts.protobuf.rules.confluent;

import java.util.List;
import org.contractregistry.contracts.protobuf.check.Pairs;
import org.contractregistry.contracts.protobuf.check.ProtoRule;
import org.contractregistry.contracts.protobuf.check.Report;
import org.contractregistry.contracts.protobuf.model.FieldModel;
import org.contractregistry.contracts.protobuf.model.FieldModel.Cardinality;

public final class RequiredFieldAdded extends ProtoRule.MessageRule {
    @Override public String id() { return "REQUIRED_FIELD_ADDED"; }
    @Override public List<String> categories() { return CONFLUENT_RULE; }
    @Override public String purpose() { return "Confluent: the reader's schema has a required field the writer's lacks."; }
    @Override public String example() { return "+ required string id = 5;"; }

    @Override
    public void check(Pairs.MessagePair pair, Report report) {
        for (FieldModel after : pair.current().fields()) {
            if (after.cardinality() == Cardinality.REQUIRED && pair.previous().field(after.number()) == null) {
                report.add(this, Paths.of(pair) + "/" + after.number(), pair.previous().line(), after.line(),
                        "Required field " + after.number() + " `" + after.name() + "` is in " + report.currentSide()
                                + " but not in " + report.previousSide() + ".",
                        "make `" + after.name() + "` optional");
            }
        }
    }
}
