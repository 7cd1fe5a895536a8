package org.contractregistry.contracts.protobuf.rules.confluent;

import java.util.List;
import org.contractregistry.contracts.protobuf.check.Pairs;
import org.contractregistry.contracts.protobuf.check.ProtoRule;
import org.contractregistry.contracts.protobuf.check.Report;
import org.contractregistry.contracts.protobuf.model.FieldModel;
import org.contractregistry.contracts.protobuf.model.OneofModel;

public final class FieldMovedToExistingOneof extends ProtoRule.MessageRule {
    @Override public String id() { return "FIELD_MOVED_TO_EXISTING_ONEOF"; }
    @Override public List<String> categories() { return CONFLUENT_RULE; }
    @Override public String purpose() {
        return "Confluent: a field (top-level or from another oneof) joined a oneof that already had members.";
    }
    @Override public String example() { return "string phone = 2; oneof c { string email = 1; } -> oneof c { string email = 1; string phone = 2; }"; }

    @Override
    public void check(Pairs.MessagePair pair, Report report) {
        for (OneofModel after : pair.current().oneofs()) {
            boolean preexisting = after.memberNumbers().stream().map(n -> pair.previous().field(n))
                    .anyMatch(before -> before != null && after.name().equals(before.oneof()));
            if (!preexisting) {
                continue;
            }
            for (int number : after.memberNumbers()) {
                FieldModel before = pair.previous().field(number);
                if (before != null && !after.name().equals(before.oneof())) {
                    report.add(this, Paths.of(pair) + "/" + after.name() + "/" + number, before.line(),
                            pair.current().field(number).line(),
                            "Field " + number + " `" + before.name() + "` joined oneof `" + after.name() + "`, which "
                                    + "already had members.",
                            "keep `" + before.name() + "` where it was, or add a new field to the oneof");
                }
            }
        }
    }
}
