package org.contractregistry.contracts.protobuf.rules.confluent;

import java.util.List;
import org.contractregistry.contracts.protobuf.check.Pairs;
import org.contractregistry.contracts.protobuf.check.ProtoRule;
import org.contractregistry.contracts.protobuf.check.Report;
import org.contractregistry.contracts.protobuf.model.MessageModel;

public final class MessageRemoved extends ProtoRule.FileRule {
    @Override public String id() { return "MESSAGE_REMOVED"; }
    @Override public List<String> categories() { return CONFLUENT_RULE; }
    @Override public String purpose() {
        return "Confluent: a message of the writer's schema is missing from the reader's (under FORWARD: a message "
                + "was added).";
    }
    @Override public String example() { return "message Address { ... } removed (BACKWARD) or added (FORWARD)"; }

    @Override
    public void check(Pairs.FilePair pair, Report report) {
        for (String key : pair.previous().mainMessages()) {
            if (!pair.current().mainMessages().contains(key)) {
                MessageModel message = pair.previous().message(key);
                report.add(this, "#/" + key, message.line(), 0,
                        "Message `" + message.fullName() + "` is in " + report.previousSide() + " but not in "
                                + report.currentSide() + ".",
                        "keep message `" + key + "` in both schemas (Confluent compares messages by name)");
            }
        }
    }
}
