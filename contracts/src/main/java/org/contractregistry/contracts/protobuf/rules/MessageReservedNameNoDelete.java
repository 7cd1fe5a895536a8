package org.contractregistry.contracts.protobuf.rules;

import java.util.List;
import org.contractregistry.contracts.protobuf.check.Pairs;
import org.contractregistry.contracts.protobuf.check.ProtoRule;
import org.contractregistry.contracts.protobuf.check.Report;

public final class MessageReservedNameNoDelete extends ProtoRule.MessageRule {
    @Override public String id() { return "MESSAGE_RESERVED_NAME_NO_DELETE"; }
    @Override public List<String> categories() { return JSON_RULE; }
    @Override public String purpose() { return "Reserved field names stay reserved."; }
    @Override public String example() { return "reserved \"email\"; removed"; }

    @Override
    public void check(Pairs.MessagePair pair, Report report) {
        if (pair.previous().reserved().names().isEmpty()) {
            return;
        }
        for (String name : pair.previous().reserved().names().stream().sorted().toList()) {
            if (!pair.current().reserved().names().contains(name)) {
                report.add(this, pair.path(), pair.previous().line(), pair.current().line(),
                        "Reserved field name `" + name + "` of `" + pair.current().fullName()
                                + "` is no longer reserved.",
                        "keep `reserved \"" + name + "\";`");
            }
        }
    }
}
