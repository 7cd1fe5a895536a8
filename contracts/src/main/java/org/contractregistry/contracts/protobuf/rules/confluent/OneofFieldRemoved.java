package org.contractregistry.contracts.protobuf.rules.confluent;

import java.util.List;
import org.contractregistry.contracts.protobuf.check.Pairs;
import org.contractregistry.contracts.protobuf.check.ProtoRule;
import org.contractregistry.contracts.protobuf.check.Report;
import org.contractregistry.contracts.protobuf.model.FieldModel;
import org.contractregistry.contracts.protobuf.model.OneofModel;

public final class OneofFieldRemoved extends ProtoRule.MessageRule {
    @Override public String id() { return "ONEOF_FIELD_REMOVED"; }
    @Override public List<String> categories() { return CONFLUENT_RULE; }
    @Override public String purpose() {
        return "Confluent: a member left a oneof that still exists (deleting the whole oneof is allowed; under "
                + "FORWARD: a member was added to an existing oneof).";
    }
    @Override public String example() { return "oneof c { string email = 1; string phone = 2; } -> oneof c { string email = 1; }"; }

    @Override
    public void check(Pairs.MessagePair pair, Report report) {
        for (OneofModel before : pair.previous().oneofs()) {
            OneofModel after = pair.current().oneof(before.name());
            if (after == null) {
                continue;
            }
            for (int number : before.memberNumbers()) {
                FieldModel now = pair.current().field(number);
                if (now == null) {
                    FieldModel gone = pair.previous().field(number);
                    report.add(this, Paths.of(pair) + "/" + before.name() + "/" + number, gone.line(), after.line(),
                            "Oneof `" + before.name() + "` member " + number + " `" + gone.name() + "` is in "
                                    + report.previousSide() + " but not in " + report.currentSide() + ".",
                            "keep `" + gone.name() + "` in oneof `" + before.name() + "`");
                }
            }
        }
    }
}
