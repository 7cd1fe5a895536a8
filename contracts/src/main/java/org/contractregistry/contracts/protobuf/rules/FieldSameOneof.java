package org.contractregistry.contracts.protobuf.rules;

import java.util.List;
import org.contractregistry.contracts.protobuf.check.Pairs;
import org.contractregistry.contracts.protobuf.check.ProtoRule;
import org.contractregistry.contracts.protobuf.check.Report;
import java.util.Objects;
import org.contractregistry.contracts.protobuf.model.FieldModel;

public final class FieldSameOneof extends ProtoRule.FieldRule {
    @Override public String id() { return "FIELD_SAME_ONEOF"; }
    @Override public List<String> categories() { return WIRE_RULE; }
    @Override public String purpose() {
        return "A field does not move into, out of, or between oneofs: setting one member clears the others.";
    }
    @Override public String example() { return "string email = 3; -> oneof contact { string email = 3; ... }"; }

    @Override
    public void check(Pairs.FieldPair pair, Report report) {
        FieldModel before = pair.previous();
        FieldModel after = pair.current();
        if (!Objects.equals(before.oneof(), after.oneof())) {
            report.add(this, pair.path(), before.line(), after.line(),
                    "Field " + after.number() + " `" + after.name() + "` moved from " + where(before) + " to "
                            + where(after) + ".",
                    before.oneof() == null ? "keep `" + after.name() + "` outside oneofs or add a new field"
                            : "keep `" + after.name() + "` in oneof `" + before.oneof() + "`");
        }
    }

    private static String where(FieldModel field) {
        return field.oneof() == null ? "outside any oneof" : "oneof `" + field.oneof() + "`";
    }
}
