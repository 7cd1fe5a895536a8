package org.contractregistry.contracts.protobuf.rules;

import java.util.List;
import org.contractregistry.contracts.protobuf.check.Pairs;
import org.contractregistry.contracts.protobuf.check.ProtoRule;
import org.contractregistry.contracts.protobuf.check.Report;
import org.contractregistry.contracts.protobuf.model.EnumModel.EnumValueModel;

public final class EnumValueNoDeleteUnlessNumberReserved extends ProtoRule.EnumRule {
    @Override public String id() { return "ENUM_VALUE_NO_DELETE_UNLESS_NUMBER_RESERVED"; }
    @Override public List<String> categories() { return WIRE_RULE; }
    @Override public String purpose() { return "A deleted enum value's number is reserved."; }
    @Override public String example() { return "SHIPPED = 3; removed without `reserved 3;`"; }

    @Override
    public void check(Pairs.EnumPair pair, Report report) {
        for (EnumValueModel before : pair.previous().values()) {
            if (pair.current().byNumber(before.number()) == null
                    && !pair.current().reserved().hasNumber(before.number())) {
                report.add(this, pair.current().fullName() + "." + before.name(), before.line(),
                        pair.current().line(),
                        "Enum value " + before.number() + " `" + before.name() + "` was deleted from `"
                                + pair.current().fullName() + "` without reserving its number.",
                        "reserve enum number " + before.number() + " and name `" + before.name() + "`");
            }
        }
    }
}
