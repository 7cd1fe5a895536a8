package org.contractregistry.contracts.protobuf.rules;

import java.util.List;
import org.contractregistry.contracts.protobuf.check.Pairs;
import org.contractregistry.contracts.protobuf.check.ProtoRule;
import org.contractregistry.contracts.protobuf.check.Report;
import org.contractregistry.contracts.protobuf.model.OneofModel;

public final class OneofNoDelete extends ProtoRule.MessageRule {
    @Override public String id() { return "ONEOF_NO_DELETE"; }
    @Override public List<String> categories() { return WIRE_RULE; }
    @Override public String purpose() { return "A oneof is not deleted: its members would no longer exclude each other."; }
    @Override public String example() { return "oneof contact { string email = 1; string phone = 2; } removed"; }

    @Override
    public void check(Pairs.MessagePair pair, Report report) {
        for (OneofModel before : pair.previous().oneofs()) {
            if (pair.current().oneof(before.name()) == null) {
                report.add(this, pair.path() + "." + before.name(), before.line(), pair.current().line(),
                        "Oneof `" + before.name() + "` was deleted from `" + pair.current().fullName() + "`.",
                        "keep oneof `" + before.name() + "`; reserve the numbers of members you delete");
            }
        }
    }
}
