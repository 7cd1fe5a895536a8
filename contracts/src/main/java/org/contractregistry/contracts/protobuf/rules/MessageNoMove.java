package org.contractregistry.contracts.protobuf.rules;

import java.util.List;
import org.contractregistry.contracts.protobuf.check.Pairs;
import org.contractregistry.contracts.protobuf.check.ProtoRule;
import org.contractregistry.contracts.protobuf.check.Report;
import org.contractregistry.contracts.protobuf.model.MessageModel;

public final class MessageNoMove extends ProtoRule.FileRule {
    @Override public String id() { return "MESSAGE_NO_MOVE"; }
    @Override public List<String> categories() { return WIRE_RULE; }
    @Override public String purpose() {
        return "Messages stay in their file and package: a move changes the full name and the message index.";
    }
    @Override public String example() { return "message Address moved from order.proto into common/address.proto"; }

    @Override
    public void check(Pairs.FilePair pair, Report report) {
        for (String key : pair.previous().mainMessages()) {
            if (pair.current().message(key) == null) {
                MessageModel target = Moves.movedTo(pair, key);
                if (target != null) {
                    MessageModel before = pair.previous().message(key);
                    report.add(this, before.fullName(), before.line(), 0,
                            "Message `" + before.fullName() + "` moved to `" + target.fullName() + "` in "
                                    + target.file() + ".",
                            "keep `" + before.simpleName() + "` in this file; define the new one under a new name");
                }
            }
        }
    }
}
