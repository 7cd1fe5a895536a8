package org.contractregistry.contracts.protobuf.check;

import java.util.ArrayList;
import java.util.List;
import org.contractregistry.contracts.compatibility.Direction;
import org.contractregistry.contracts.compatibility.Finding;
import org.contractregistry.contracts.protobuf.model.EnumModel;
import org.contractregistry.contracts.protobuf.model.FieldModel;
import org.contractregistry.contracts.protobuf.model.MessageModel;
import org.contractregistry.contracts.protobuf.model.ProtoModel;
import org.contractregistry.contracts.protobuf.model.ServiceModel;

/**
 * Matches elements of two models and hands each pair to the rules of its kind: files, then messages by key (main file
 * and imported messages alike; map entries are not messages here), fields by number inside matched messages, enums
 * and services by key. Messages and fields whose rule-relevant content is identical are skipped (rules only
 * report differences).
 */
public final class ProtoWalker {
    private final List<ProtoRule.FileRule> fileRules = new ArrayList<>();
    private final List<ProtoRule.MessageRule> messageRules = new ArrayList<>();
    private final List<ProtoRule.FieldRule> fieldRules = new ArrayList<>();
    private final List<ProtoRule.EnumRule> enumRules = new ArrayList<>();
    private final List<ProtoRule.ServiceRule> serviceRules = new ArrayList<>();

    public ProtoWalker(List<ProtoRule> rules) {
        for (ProtoRule rule : rules) {
            if (rule instanceof ProtoRule.FileRule r) {
                fileRules.add(r);
            } else if (rule instanceof ProtoRule.MessageRule r) {
                messageRules.add(r);
            } else if (rule instanceof ProtoRule.FieldRule r) {
                fieldRules.add(r);
            } else if (rule instanceof ProtoRule.EnumRule r) {
                enumRules.add(r);
            } else if (rule instanceof ProtoRule.ServiceRule r) {
                serviceRules.add(r);
            }
        }
    }

    /**
     * @param currentIsNew whether {@code current} is the new schema (for lines and wording)
     */
    public List<Finding> walk(ProtoModel previous, ProtoModel current, Direction direction, boolean currentIsNew) {
        Report report = new Report(direction, currentIsNew);
        Pairs.FilePair files = new Pairs.FilePair(previous, current);
        for (ProtoRule.FileRule rule : fileRules) {
            rule.check(files, report);
        }
        List<MessageModel> currentList = current.messageList();
        for (int i = 0; i < previous.messageList().size(); i++) {
            MessageModel before = previous.messageList().get(i);
            MessageModel candidate = i < currentList.size() ? currentList.get(i) : null;
            // keys are interned: the same position usually holds the same message
            MessageModel after = candidate != null && candidate.key() == before.key()
                    ? candidate : current.message(before.key());
            if (after != null && !after.signature().equals(before.signature())) {
                walkMessage(new Pairs.MessagePair(before, after, files), report);
            }
        }
        if (!enumRules.isEmpty()) {
            for (EnumModel before : previous.enums().values()) {
                EnumModel after = current.enumType(before.key());
                if (after != null && !after.equals(before)) {
                    for (ProtoRule.EnumRule rule : enumRules) {
                        rule.check(new Pairs.EnumPair(before, after), report);
                    }
                }
            }
        }
        for (ServiceModel before : previous.services().values()) {
            ServiceModel after = current.services().get(before.key());
            if (after != null) {
                for (ProtoRule.ServiceRule rule : serviceRules) {
                    rule.check(new Pairs.ServicePair(before, after), report);
                }
            }
        }
        return report.findings();
    }

    private void walkMessage(Pairs.MessagePair messages, Report report) {
        for (ProtoRule.MessageRule rule : messageRules) {
            rule.check(messages, report);
        }
        for (FieldModel before : messages.previous().fields()) {
            FieldModel after = messages.current().field(before.number());
            if (after != null && !after.sameShape(before)) {
                Pairs.FieldPair fields = new Pairs.FieldPair(before, after, messages);
                for (ProtoRule.FieldRule rule : fieldRules) {
                    rule.check(fields, report);
                }
            }
        }
    }
}
