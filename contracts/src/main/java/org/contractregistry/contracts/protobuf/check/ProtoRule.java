package org.contractregistry.contracts.protobuf.check;

import java.util.List;
import org.contractregistry.contracts.rules.RuleDescriptor;

/**
 * One Protobuf rule as data: a stable id, its categories (the first is the one findings carry), a one-line purpose,
 * an example, and one check over one element kind. The walker does the matching; a rule never walks.
 */
public abstract sealed class ProtoRule
        permits ProtoRule.FileRule, ProtoRule.MessageRule, ProtoRule.FieldRule, ProtoRule.EnumRule,
                ProtoRule.ServiceRule {
    public static final String WIRE = "WIRE";
    public static final String WIRE_JSON = "WIRE_JSON";
    public static final String CONFLUENT = "CONFLUENT";
    /** Our own rules that break the binary format belong to both modes. */
    protected static final List<String> WIRE_RULE = List.of(WIRE, WIRE_JSON);
    protected static final List<String> JSON_RULE = List.of(WIRE_JSON);
    protected static final List<String> CONFLUENT_RULE = List.of(CONFLUENT);

    public abstract String id();

    public abstract List<String> categories();

    public abstract String purpose();

    public abstract String example();

    public final RuleDescriptor descriptor() {
        return RuleDescriptor.of(id(), "PROTOBUF", categories(), purpose(), example());
    }

    /** Checks a pair of files. */
    public abstract static non-sealed class FileRule extends ProtoRule {
        public abstract void check(Pairs.FilePair pair, Report report);
    }

    /** Checks a pair of messages matched by name. */
    public abstract static non-sealed class MessageRule extends ProtoRule {
        public abstract void check(Pairs.MessagePair pair, Report report);
    }

    /** Checks a pair of fields matched by number inside a message pair. */
    public abstract static non-sealed class FieldRule extends ProtoRule {
        public abstract void check(Pairs.FieldPair pair, Report report);
    }

    /** Checks a pair of enums matched by name. */
    public abstract static non-sealed class EnumRule extends ProtoRule {
        public abstract void check(Pairs.EnumPair pair, Report report);
    }

    /** Checks a pair of services matched by name. */
    public abstract static non-sealed class ServiceRule extends ProtoRule {
        public abstract void check(Pairs.ServicePair pair, Report report);
    }
}
