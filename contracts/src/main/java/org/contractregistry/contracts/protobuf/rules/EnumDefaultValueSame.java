package org.contractregistry.contracts.protobuf.rules;

import java.util.List;
import org.contractregistry.contracts.protobuf.check.Pairs;
import org.contractregistry.contracts.protobuf.check.ProtoRule;
import org.contractregistry.contracts.protobuf.check.Report;
import org.contractregistry.contracts.protobuf.model.EnumModel.EnumValueModel;

public final class EnumDefaultValueSame extends ProtoRule.EnumRule {
    @Override public String id() { return "ENUM_DEFAULT_VALUE_SAME"; }
    @Override public List<String> categories() { return WIRE_RULE; }
    @Override public String purpose() {
        return "The enum's default (its first value; the zero value in proto3) keeps its number: absent fields "
                + "read as the default.";
    }
    @Override public String example() { return "proto2: enum Size { SMALL = 1; LARGE = 2; } -> { LARGE = 2; SMALL = 1; }"; }

    @Override
    public void check(Pairs.EnumPair pair, Report report) {
        if (pair.previous().values().isEmpty() || pair.current().values().isEmpty()) {
            return;
        }
        EnumValueModel before = pair.previous().values().get(0);
        EnumValueModel after = pair.current().values().get(0);
        if (before.number() != after.number()) {
            report.add(this, pair.current().fullName(), before.line(), after.line(),
                    "The default value of `" + pair.current().fullName() + "` changed from `" + before.name() + " = "
                            + before.number() + "` to `" + after.name() + " = " + after.number()
                            + "`, so absent fields read differently.",
                    "declare `" + before.name() + " = " + before.number() + ";` first again");
        }
    }
}
