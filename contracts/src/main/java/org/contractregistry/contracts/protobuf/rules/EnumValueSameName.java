package org.contractregistry.contracts.protobuf.rules;

import java.util.List;
import org.contractregistry.contracts.protobuf.check.Pairs;
import org.contractregistry.contracts.protobuf.check.ProtoRule;
import org.contractregistry.contracts.protobuf.check.Report;
import org.contractregistry.contracts.protobuf.model.EnumModel.EnumValueModel;

public final class EnumValueSameName extends ProtoRule.EnumRule {
    @Override public String id() { return "ENUM_VALUE_SAME_NAME"; }
    @Override public List<String> categories() { return JSON_RULE; }
    @Override public String purpose() { return "An enum number keeps its name: JSON carries enum names."; }
    @Override public String example() { return "SHIPPED = 3; -> SENT = 3;"; }

    @Override
    public void check(Pairs.EnumPair pair, Report report) {
        for (EnumValueModel before : pair.previous().values()) {
            EnumValueModel after = pair.current().byNumber(before.number());
            EnumValueModel sameName = pair.current().byName(before.name());
            boolean aliasKept = sameName != null && sameName.number() == before.number();
            if (after != null && !after.name().equals(before.name()) && !aliasKept) {
                report.add(this, pair.current().fullName() + "." + after.name(), before.line(), after.line(),
                        "Enum number " + before.number() + " of `" + pair.current().fullName() + "` was renamed from `"
                                + before.name() + "` to `" + after.name() + "`.",
                        "keep the name `" + before.name() + "` (add an alias with allow_alias if needed)");
            }
        }
    }
}
