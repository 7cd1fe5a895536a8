package org.contractregistry.contracts.protobuf.rules;

import org.contractregistry.contracts.protobuf.check.Pairs;
import org.contractregistry.contracts.protobuf.model.MessageModel;

/** Finds where a message of the previous main file went when its key is gone. */
final class Moves {
    private Moves() {}

    /** The current message with the same simple name declared outside the current main file, or null. */
    static MessageModel movedTo(Pairs.FilePair pair, String previousKey) {
        MessageModel before = pair.previous().message(previousKey);
        for (MessageModel candidate : pair.current().messages().values()) {
            if (candidate.simpleName().equals(before.simpleName())
                    && !candidate.file().equals(pair.current().fileName())) {
                return candidate;
            }
        }
        return null;
    }
}
