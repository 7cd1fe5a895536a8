package org.contractregistry.contracts.protobuf.rules.confluent;

import java.util.List;
import org.contractregistry.contracts.protobuf.check.Pairs;
import org.contractregistry.contracts.protobuf.check.ProtoRule;
import org.contractregistry.contracts.protobuf.check.Report;
import java.util.ArrayList;
import org.contractregistry.contracts.protobuf.model.FieldModel;
import org.contractregistry.contracts.protobuf.model.OneofModel;

public final class MultipleFieldsMovedToOneof extends ProtoRule.MessageRule {
    @Override public String id() { return "MULTIPLE_FIELDS_MOVED_TO_ONEOF"; }
    @Override public List<String> categories() { return CONFLUENT_RULE; }
    @Override public String purpose() {
        return "Confluent: two or more existing fields now share a new oneof (one field into a new oneof is fine).";
    }
    @Override public String example() { return "string email = 1; string phone = 2; -> oneof c { string email = 1; string phone = 2; }"; }

    @Override
    public void check(Pairs.MessagePair pair, Report report) {
        for (OneofModel after : pair.current().oneofs()) {
            List<FieldModel> moved = new ArrayList<>();
            boolean preexisting = false;
            for (int number : after.memberNumbers()) {
                FieldModel before = pair.previous().field(number);
                if (before != null && after.name().equals(before.oneof())) {
                    preexisting = true;
                } else if (before != null) {
                    moved.add(before);
                }
            }
            if (!preexisting && moved.size() >= 2) {
                report.add(this, Paths.of(pair) + "/" + after.name(), pair.previous().line(), after.line(),
                        "Fields " + moved.stream().map(f -> "`" + f.name() + "`").toList() + " are together in oneof `"
                                + after.name() + "` in " + report.currentSide() + " but separate in "
                                + report.previousSide() + ".",
                        "move at most one existing field into a new oneof");
            }
        }
    }
}
