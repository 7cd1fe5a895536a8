package org.contractregistry.contracts.protobuf.rules.confluent;

import java.util.List;
import org.contractregistry.contracts.protobuf.check.Pairs;
import org.contractregistry.contracts.protobuf.check.ProtoRule;
import org.contractregistry.contracts.protobuf.check.Report;
import org.contractregistry.contracts.protobuf.model.FieldModel.TypeKind;

public final class FieldNamedTypeChanged extends ProtoRule.FieldRule {
    @Override public String id() { return "FIELD_NAMED_TYPE_CHANGED"; }
    @Override public List<String> categories() { return CONFLUENT_RULE; }
    @Override public String purpose() { return "Confluent: a message-typed field now names a different message."; }
    @Override public String example() { return "Address home = 3; -> Location home = 3;"; }

    @Override
    public void check(Pairs.FieldPair pair, Report report) {
        boolean messages = pair.previous().kind() == TypeKind.MESSAGE && pair.current().kind() == TypeKind.MESSAGE;
        boolean mapsOfMessages = pair.previous().kind() == TypeKind.MAP && pair.current().kind() == TypeKind.MAP
                && pair.previous().valueKind() == TypeKind.MESSAGE && pair.current().valueKind() == TypeKind.MESSAGE;
        if (!messages && !mapsOfMessages) {
            return;
        }
        String before = ConfluentKinds.localName(pair.messages().files().previous(), pair.previous());
        String after = ConfluentKinds.localName(pair.messages().files().current(), pair.current());
        if (!before.equals(after)) {
            report.add(this, Paths.of(pair), pair.previous().line(), pair.current().line(),
                    "Field " + pair.current().number() + " `" + pair.current().name() + "` now has type `" + after
                            + "` instead of `" + before + "`.",
                    "keep the type " + before + " or add a new field");
        }
    }
}
