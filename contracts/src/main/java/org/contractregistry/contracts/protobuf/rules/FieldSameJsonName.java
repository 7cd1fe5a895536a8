package org.contractregistry.contracts.protobuf.rules;

import java.util.List;
import org.contractregistry.contracts.protobuf.check.Pairs;
import org.contractregistry.contracts.protobuf.check.ProtoRule;
import org.contractregistry.contracts.protobuf.check.Report;

public final class FieldSameJsonName extends ProtoRule.FieldRule {
    @Override public String id() { return "FIELD_SAME_JSON_NAME"; }
    @Override public List<String> categories() { return JSON_RULE; }
    @Override public String purpose() { return "A field keeps its JSON name (json_name option)."; }
    @Override public String example() { return "string email = 4 [json_name = \"mail\"]; -> [json_name = \"eMail\"]"; }

    @Override
    public void check(Pairs.FieldPair pair, Report report) {
        if (pair.previous().name().equals(pair.current().name())
                && !pair.previous().jsonName().equals(pair.current().jsonName())) {
            report.add(this, pair.path(), pair.previous().line(), pair.current().line(),
                    "Field " + pair.current().number() + " `" + pair.current().name() + "` changed its JSON name from `"
                            + pair.previous().jsonName() + "` to `" + pair.current().jsonName() + "`.",
                    "keep `json_name = \"" + pair.previous().jsonName() + "\"`");
        }
    }
}
