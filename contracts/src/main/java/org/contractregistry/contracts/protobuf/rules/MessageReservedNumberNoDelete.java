package org.contractregistry.contracts.protobuf.rules;

import java.util.List;
import org.contractregistry.contracts.protobuf.check.Pairs;
import org.contractregistry.contracts.protobuf.check.ProtoRule;
import org.contractregistry.contracts.protobuf.check.Report;
import org.contractregistry.contracts.protobuf.model.Reservations.Range;

public final class MessageReservedNumberNoDelete extends ProtoRule.MessageRule {
    @Override public String id() { return "MESSAGE_RESERVED_NUMBER_NO_DELETE"; }
    @Override public List<String> categories() { return WIRE_RULE; }
    @Override public String purpose() { return "Reserved field numbers stay reserved."; }
    @Override public String example() { return "reserved 4, 9 to 11; -> reserved 4;"; }

    @Override
    public void check(Pairs.MessagePair pair, Report report) {
        for (Range range : pair.previous().reserved().ranges()) {
            if (!pair.current().reserved().covers(range)) {
                report.add(this, pair.path(), pair.previous().line(), pair.current().line(),
                        "Reserved field numbers " + range + " of `" + pair.current().fullName()
                                + "` are no longer reserved.",
                        "keep `reserved " + range + ";`");
            }
        }
    }
}
