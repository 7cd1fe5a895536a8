package org.contractregistry.contracts.protobuf.rules;

import java.util.List;
import org.contractregistry.contracts.protobuf.check.Pairs;
import org.contractregistry.contracts.protobuf.check.ProtoRule;
import org.contractregistry.contracts.protobuf.check.Report;
import org.contractregistry.contracts.protobuf.model.EnumModel.EnumValueModel;

public final class EnumValueSameNumber extends ProtoRule.EnumRule {
    @Override public String id() { return "ENUM_VALUE_SAME_NUMBER"; }
    @Override public List<String> categories() { return WIRE_RULE; }
    @Override public String purpose() { return "An enum value keeps its number: the number is what the wire carries."; }
    @Override public String example() { return "SHIPPED = 3; -> SHIPPED = 4;"; }

    @Override
    public void check(Pairs.EnumPair pair, Report report) {
        for (EnumValueModel before : pair.previous().values()) {
            EnumValueModel after = pair.current().byName(before.name());
            if (after != null && after.number() != before.number()) {
                report.add(this, pair.current().fullName() + "." + after.name(), before.line(), after.line(),
                        "Enum value `" + before.name() + "` of `" + pair.current().fullName()
                                + "` was renumbered from " + before.number() + " to " + after.number() + ".",
                        "keep `" + before.name() + " = " + before.number() + ";`");
            }
        }
    }
}
