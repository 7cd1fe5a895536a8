package org.contractregistry.contracts.protobuf.rules;

import java.util.List;
import org.contractregistry.contracts.protobuf.check.Pairs;
import org.contractregistry.contracts.protobuf.check.ProtoRule;
import org.contractregistry.contracts.protobuf.check.Report;
import org.contractregistry.contracts.protobuf.model.EnumModel;

public final class EnumNoDelete extends ProtoRule.FileRule {
    @Override public String id() { return "ENUM_NO_DELETE"; }
    @Override public List<String> categories() { return WIRE_RULE; }
    @Override public String purpose() { return "Enum types are not deleted."; }
    @Override public String example() { return "enum Status { ... } removed"; }

    @Override
    public void check(Pairs.FilePair pair, Report report) {
        for (String key : pair.previous().mainEnums()) {
            if (pair.current().enumType(key) == null) {
                EnumModel gone = pair.previous().enumType(key);
                report.add(this, gone.fullName(), gone.line(), 0, "Enum `" + gone.fullName() + "` was deleted.",
                        "keep enum `" + key + "` (mark it deprecated)");
            }
        }
    }
}
