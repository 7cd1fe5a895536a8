package org.contractregistry.contracts.protobuf.check;

import org.contractregistry.contracts.protobuf.model.EnumModel;
import org.contractregistry.contracts.protobuf.model.FieldModel;
import org.contractregistry.contracts.protobuf.model.MessageModel;
import org.contractregistry.contracts.protobuf.model.ProtoModel;
import org.contractregistry.contracts.protobuf.model.ServiceModel;

/**
 * The element pairs the walker hands to rules. {@code previous} is the side that existed first (in CONFLUENT mode:
 * Confluent's "original", the writer), {@code current} the side it became.
 */
public final class Pairs {
    private Pairs() {}

    public record FilePair(ProtoModel previous, ProtoModel current) {}

    public record MessagePair(MessageModel previous, MessageModel current, FilePair files) {
        /** {@code pkg.Message} as users write it. */
        public String path() {
            return current.fullName();
        }
    }

    public record FieldPair(FieldModel previous, FieldModel current, MessagePair messages) {
        public String path() {
            return messages.current().fullName() + "." + current.name();
        }
    }

    public record EnumPair(EnumModel previous, EnumModel current) {}

    public record ServicePair(ServiceModel previous, ServiceModel current) {}
}
