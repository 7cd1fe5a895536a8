package org.contractregistry.contracts;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.contractregistry.contracts.avro.AvroFormat;
import org.contractregistry.contracts.json.JsonSchemaFormat;
import org.contractregistry.contracts.protobuf.ProtobufFormat;
import org.contractregistry.contracts.rules.RuleDescriptor;

/** The engine's front door: parse text into contracts; find a format's rules. */
public final class Contracts {
    private static final Map<SchemaType, SchemaFormat> FORMATS = new EnumMap<>(SchemaType.class);

    static {
        register(new AvroFormat());
        register(new ProtobufFormat());
        register(new JsonSchemaFormat());
    }

    private Contracts() {}

    private static void register(SchemaFormat format) {
        FORMATS.put(format.type(), format);
    }

    public static SchemaFormat format(SchemaType type) {
        return FORMATS.get(type);
    }

    /** Parses text with its references. Invalid input is a value, never an exception. */
    public static ParseResult parse(SchemaSource source) {
        try {
            return format(source.type()).parse(source);
        } catch (StackOverflowError tooDeep) {
            return new ParseResult.Invalid(SchemaProblem.of("Invalid " + source.type()
                    + " schema: it is nested too deeply to parse"));
        } catch (RuntimeException unexpected) {
            String message = unexpected.getMessage() == null || unexpected.getMessage().isBlank()
                    ? "the parser could not read it" : unexpected.getMessage();
            return new ParseResult.Invalid(SchemaProblem.of("Invalid " + source.type() + " schema: " + message));
        }
    }

    /** Every rule of every format, ordered by format then id. */
    public static List<RuleDescriptor> rules() {
        return FORMATS.values().stream()
                .flatMap(f -> f.rules().stream())
                .sorted(java.util.Comparator.comparing(RuleDescriptor::format).thenComparing(RuleDescriptor::id))
                .toList();
    }
}
