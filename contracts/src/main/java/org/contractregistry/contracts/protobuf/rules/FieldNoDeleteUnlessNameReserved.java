package org.contractregistry.contracts.protobuf.rules;

import java.util.List;
import org.contractregistry.contracts.protobuf.check.Pairs;
import org.contractregistry.contracts.protobuf.check.ProtoRule;
import org.contractregistry.contracts.protobuf.check.Report;
import org.contractregistry.contracts.protobuf.model.FieldModel;

public final class FieldNoDeleteUnlessNameReserved extends ProtoRule.MessageRule {
    @Override public String id() { return "FIELD_NO_DELETE_UNLESS_NAME_RESERVED"; }
    @Override public List<String> categories() { return JSON_RULE; }
    @Override public String purpose() {
        return "A deleted field's name is reserved, so JSON data with that key is never read as another field.";
    }
    @Override public String example() { return "string email = 4; removed without `reserved \"email\";`"; }

    @Override
    public void check(Pairs.MessagePair pair, Report report) {
        for (FieldModel before : pair.previous().fields()) {
            if (pair.current().field(before.number()) == null
                    && !pair.current().fieldsByName().containsKey(before.name())
                    && !pair.current().reserved().names().contains(before.name())) {
                report.add(this, pair.path() + "." + before.name(), before.line(), pair.current().line(),
                        "Field `" + before.name() + "` was deleted from `" + pair.current().fullName()
                                + "` without reserving its name.",
                        "add `reserved \"" + before.name() + "\";` to `" + pair.current().simpleName() + "`");
            }
        }
    }
}
