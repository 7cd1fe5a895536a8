package org.contractregistry.contracts.protobuf.rules.confluent;

import java.util.List;
import org.contractregistry.contracts.protobuf.check.Pairs;
import org.contractregistry.contracts.protobuf.check.ProtoRule;
import org.contractregistry.contracts.protobuf.check.Report;
import org.contractregistry.contracts.protobuf.model.FieldModel;
import org.contractregistry.contracts.protobuf.model.FieldModel.Cardinality;

public final class RequiredFieldRemoved extends ProtoRule.MessageRule {
    @Override public String id() { return "REQUIRED_FIELD_REMOVED"; }
    @Override public List<String> categories() { return CONFLUENT_RULE; }
    @Override public String purpose() { return "Confluent: a required field of the writer's schema is gone from the reader's."; }
    @Override public String example() { return "- required string id = 5;"; }

    @Override
    public void check(Pairs.MessagePair pair, Report report) {
        for (FieldModel before : pair.previous().fields()) {
            if (before.cardinality() == Cardinality.REQUIRED && pair.current().field(before.number()) == null) {
                report.add(this, Paths.of(pair) + "/" + before.number(), before.line(), pair.current().line(),
                        "Required field " + before.number() + " `" + before.name() + "` is in "
                                + report.previousSide() + " but not in " + report.currentSide() + ".",
                        "keep required field `" + before.name() + "`");
            }
        }
    }
}
