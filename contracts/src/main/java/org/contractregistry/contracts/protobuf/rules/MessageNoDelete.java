package org.contractregistry.contracts.protobuf.rules;

import java.util.List;
import org.contractregistry.contracts.protobuf.check.Pairs;
import org.contractregistry.contracts.protobuf.check.ProtoRule;
import org.contractregistry.contracts.protobuf.check.Report;
import org.contractregistry.contracts.protobuf.model.MessageModel;

public final class MessageNoDelete extends ProtoRule.FileRule {
    @Override public String id() { return "MESSAGE_NO_DELETE"; }
    @Override public List<String> categories() { return WIRE_RULE; }
    @Override public String purpose() {
        return "Messages are not deleted: data framed with the message's index or type URL can no longer be read.";
    }
    @Override public String example() { return "message Address { ... } removed"; }

    @Override
    public void check(Pairs.FilePair pair, Report report) {
        for (String key : pair.previous().mainMessages()) {
            if (pair.current().message(key) == null && Moves.movedTo(pair, key) == null) {
                MessageModel gone = pair.previous().message(key);
                report.add(this, gone.fullName(), gone.line(), 0,
                        "Message `" + gone.fullName() + "` was deleted.",
                        "keep `" + gone.simpleName() + "` (mark it deprecated) instead of deleting it");
            }
        }
    }
}
