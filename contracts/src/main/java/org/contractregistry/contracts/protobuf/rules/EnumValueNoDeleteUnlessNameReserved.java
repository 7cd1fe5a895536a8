package org.contractregistry.contracts.protobuf.rules;

import java.util.List;
import org.contractregistry.contracts.protobuf.check.Pairs;
import org.contractregistry.contracts.protobuf.check.ProtoRule;
import org.contractregistry.contracts.protobuf.check.Report;
import org.contractregistry.contracts.protobuf.model.EnumModel.EnumValueModel;

public final class EnumValueNoDeleteUnlessNameReserved extends ProtoRule.EnumRule {
    @Override public String id() { return "ENUM_VALUE_NO_DELETE_UNLESS_NAME_RESERVED"; }
    @Override public List<String> categories() { return JSON_RULE; }
    @Override public String purpose() { return "A deleted enum value's name is reserved: JSON carries enum names."; }
    @Override public String example() { return "SHIPPED = 3; removed without `reserved \"SHIPPED\";`"; }

    @Override
    public void check(Pairs.EnumPair pair, Report report) {
        for (EnumValueModel before : pair.previous().values()) {
            if (pair.current().byNumber(before.number()) == null && pair.current().byName(before.name()) == null
                    && !pair.current().reserved().names().contains(before.name())) {
                report.add(this, pair.current().fullName() + "." + before.name(), before.line(),
                        pair.current().line(),
                        "Enum value `" + before.name() + "` was deleted from `" + pair.current().fullName()
                                + "` without reserving its name.",
                        "add `reserved \"" + before.name() + "\";` to enum `" + pair.current().key() + "`");
            }
        }
    }
}
