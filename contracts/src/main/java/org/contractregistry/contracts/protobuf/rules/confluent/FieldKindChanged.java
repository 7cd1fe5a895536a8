package org.contractregistry.contracts.protobuf.rules.confluent;

import java.util.List;
import org.contractregistry.contracts.protobuf.check.Pairs;
import org.contractregistry.contracts.protobuf.check.ProtoRule;
import org.contractregistry.contracts.protobuf.check.Report;

public final class FieldKindChanged extends ProtoRule.FieldRule {
    @Override public String id() { return "FIELD_KIND_CHANGED"; }
    @Override public List<String> categories() { return CONFLUENT_RULE; }
    @Override public String purpose() { return "Confluent: a field changed between scalar, message and map."; }
    @Override public String example() { return "string address = 2; -> Address address = 2;"; }

    @Override
    public void check(Pairs.FieldPair pair, Report report) {
        String before = ConfluentKinds.kind(pair.previous());
        String after = ConfluentKinds.kind(pair.current());
        if (!before.equals(after)) {
            report.add(this, Paths.of(pair), pair.previous().line(), pair.current().line(),
                    "Field " + pair.current().number() + " `" + pair.current().name() + "` changed kind from "
                            + before + " to " + after + ".",
                    "keep field " + pair.previous().number() + " a " + before.toLowerCase() + " or add a new field");
        }
    }
}
