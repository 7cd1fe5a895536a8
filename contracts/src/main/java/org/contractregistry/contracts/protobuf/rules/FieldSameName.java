package org.contractregistry.contracts.protobuf.rules;

import java.util.List;
import org.contractregistry.contracts.protobuf.check.Pairs;
import org.contractregistry.contracts.protobuf.check.ProtoRule;
import org.contractregistry.contracts.protobuf.check.Report;

public final class FieldSameName extends ProtoRule.FieldRule {
    @Override public String id() { return "FIELD_SAME_NAME"; }
    @Override public List<String> categories() { return JSON_RULE; }
    @Override public String purpose() { return "A field keeps its name: JSON (and text format) use it as the key."; }
    @Override public String example() { return "string mail = 4; -> string email = 4;"; }

    @Override
    public void check(Pairs.FieldPair pair, Report report) {
        if (!pair.previous().name().equals(pair.current().name())) {
            report.add(this, pair.path(), pair.previous().line(), pair.current().line(),
                    "Field " + pair.current().number() + " was renamed from `" + pair.previous().name() + "` to `"
                            + pair.current().name() + "`, which breaks JSON readers.",
                    "keep the name `" + pair.previous().name() + "`");
        }
    }
}
