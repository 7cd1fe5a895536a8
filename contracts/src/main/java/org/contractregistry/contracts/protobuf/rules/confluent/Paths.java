package org.contractregistry.contracts.protobuf.rules.confluent;

import org.contractregistry.contracts.protobuf.check.Pairs;

/** Confluent-style paths: {@code #/Message/<tag>} or {@code #/Message/<oneof>/<tag>}. */
final class Paths {
    private Paths() {}

    static String of(Pairs.FieldPair pair) {
        String message = "#/" + pair.messages().current().key();
        return pair.current().oneof() == null ? message + "/" + pair.current().number()
                : message + "/" + pair.current().oneof() + "/" + pair.current().number();
    }

    static String of(Pairs.MessagePair pair) {
        return "#/" + pair.current().key();
    }
}
