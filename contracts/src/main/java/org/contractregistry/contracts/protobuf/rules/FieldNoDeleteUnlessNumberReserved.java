package org.contractregistry.contracts.protobuf.rules;

import java.util.List;
import org.contractregistry.contracts.protobuf.check.Pairs;
import org.contractregistry.contracts.protobuf.check.ProtoRule;
import org.contractregistry.contracts.protobuf.check.Report;
import org.contractregistry.contracts.protobuf.model.FieldModel;

public final class FieldNoDeleteUnlessNumberReserved extends ProtoRule.MessageRule {
    @Override public String id() { return "FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED"; }
    @Override public List<String> categories() { return WIRE_RULE; }
    @Override public String purpose() {
        return "A deleted field's number is reserved, so it is never reused with another type.";
    }
    @Override public String example() { return "string email = 4; removed without `reserved 4;`"; }

    @Override
    public void check(Pairs.MessagePair pair, Report report) {
        for (FieldModel before : pair.previous().fields()) {
            if (pair.current().field(before.number()) == null
                    && !pair.current().reserved().hasNumber(before.number())) {
                report.add(this, pair.path() + "." + before.name(), before.line(), pair.current().line(),
                        "Field " + before.number() + " `" + before.name() + "` was deleted from `"
                                + pair.current().fullName() + "` without reserving its number.",
                        "reserve field number " + before.number() + " and name `" + before.name() + "`");
            }
        }
    }
}
