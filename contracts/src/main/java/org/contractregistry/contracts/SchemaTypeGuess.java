package org.contractregistry.contracts;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Which schema language a text looks written in, judged from its first words only. Used to tell a sender whose text
 * failed to parse as the type it was sent as (Avro when {@code schemaType} is left out) which type to send instead.
 * Each language is one sign below; a language the engine learns adds its sign here.
 */
public final class SchemaTypeGuess {
    /** A language's wire type, the name people call it by, and what its texts start with. */
    public record Sign(SchemaType type, String name, Predicate<String> matches) {}

    /** Leading blank space and comments, which say nothing about the language. */
    private static final Pattern LEADING_COMMENTS = Pattern.compile("\\A(?:\\s+|//[^\\n]*|/\\*.*?\\*/)*", Pattern.DOTALL);
    private static final Pattern PROTO_START = Pattern.compile(
            "\\A(?:syntax|edition)\\s*=|\\A(?:package|import|option|message|enum|service)\\s+[\\w.\"]");

    private static final List<Sign> SIGNS = List.of(
            new Sign(SchemaType.PROTOBUF, "Protobuf", text -> PROTO_START.matcher(text).find()));

    private SchemaTypeGuess() {}

    /** The language the text looks like, if one sign matches it. */
    public static Optional<Sign> of(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String start = LEADING_COMMENTS.matcher(text).replaceFirst("");
        return SIGNS.stream().filter(sign -> sign.matches().test(start)).findFirst();
    }
}
