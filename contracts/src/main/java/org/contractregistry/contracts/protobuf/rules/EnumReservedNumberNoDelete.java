package org.contractregistry.contracts.protobuf.rules;

import java.util.List;
import org.contractregistry.contracts.protobuf.check.Pairs;
import org.contractregistry.contracts.protobuf.check.ProtoRule;
import org.contractregistry.contracts.protobuf.check.Report;
import org.contractregistry.contracts.protobuf.model.Reservations.Range;

public final class EnumReservedNumberNoDelete extends ProtoRule.EnumRule {
    @Override public String id() { return "ENUM_RESERVED_NUMBER_NO_DELETE"; }
    @Override public List<String> categories() { return WIRE_RULE; }
    @Override public String purpose() { return "Reserved enum numbers stay reserved."; }
    @Override public String example() { return "enum Status { reserved 3; ... } -> reservation removed"; }

    @Override
    public void check(Pairs.EnumPair pair, Report report) {
        for (Range range : pair.previous().reserved().ranges()) {
            if (!pair.current().reserved().covers(range)) {
                report.add(this, pair.current().fullName(), pair.previous().line(), pair.current().line(),
                        "Reserved enum numbers " + range + " of `" + pair.current().fullName()
                                + "` are no longer reserved.",
                        "keep `reserved " + range + ";`");
            }
        }
    }
}
