package org.contractregistry.contracts.protobuf.rules;

import java.util.List;
import org.contractregistry.contracts.protobuf.check.Pairs;
import org.contractregistry.contracts.protobuf.check.ProtoRule;
import org.contractregistry.contracts.protobuf.check.Report;
import org.contractregistry.contracts.protobuf.model.FieldModel;

public final class FieldNumberReused extends ProtoRule.FieldRule {
    @Override public String id() { return "FIELD_NUMBER_REUSED"; }
    @Override public List<String> categories() { return WIRE_RULE; }
    @Override public String purpose() {
        return "A field number is not given to a different field (new name and new type): old data would be "
                + "read into the wrong field.";
    }
    @Override public String example() { return "string email = 4; -> int64 age = 4;"; }

    @Override
    public void check(Pairs.FieldPair pair, Report report) {
        FieldModel before = pair.previous();
        FieldModel after = pair.current();
        if (!before.name().equals(after.name()) && !before.typeDisplay().equals(after.typeDisplay())) {
            report.add(this, pair.path(), before.line(), after.line(),
                    "Field number " + after.number() + " of `" + pair.messages().current().fullName()
                            + "` was `" + before.typeDisplay() + " " + before.name() + "` and is now `"
                            + after.typeDisplay() + " " + after.name() + "`.",
                    "give `" + after.name() + "` a new number and reserve " + before.number() + " and `"
                            + before.name() + "`");
        }
    }
}
