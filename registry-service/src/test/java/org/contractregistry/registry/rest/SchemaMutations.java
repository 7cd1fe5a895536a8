package org.contractregistry.registry.rest;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Random edits of a valid schema text (delete a span, insert punctuation or letters, replace a character, repeat a
 * slice): mostly invalid schemas of every kind a parser can meet, some still valid. QuickTheories shrinks a failing
 * one to its fewest, smallest edits.
 */
final class SchemaMutations {
    private static final String PUNCTUATION = "{}[]\":,;=<>.\\\u0000\n\t -+eE0123456789";

    private SchemaMutations() {}

    /** One edit: what, where (per ten thousand of the text's length), how much, with which text. */
    record Edit(int kind, int where, int length, String text) {
        String apply(String schema) {
            int at = (int) ((long) where * schema.length() / 10_000);
            int end = Math.min(schema.length(), at + length);
            return switch (kind) {
                case 0 -> schema.substring(0, at) + schema.substring(end);
                case 1 -> schema.substring(0, at) + text + schema.substring(at);
                case 2 -> at >= schema.length() ? schema + text
                        : schema.substring(0, at) + text.charAt(0) + schema.substring(at + 1);
                default -> schema.substring(0, at) + schema.substring(at, end) + schema.substring(at);
            };
        }
    }

    static Gen<String> of(String valid) {
        Gen<String> text = strings().basicLatinAlphabet().ofLengthBetween(1, 3)
                .mix(Generate.pick(PUNCTUATION.chars().mapToObj(c -> String.valueOf((char) c)).toList()), 60);
        Gen<Edit> edit = integers().between(0, 3).zip(integers().between(0, 10_000), integers().between(1, 24),
                text, Edit::new);
        return lists().of(edit).ofSizeBetween(1, 4).map(edits -> apply(valid, edits));
    }

    private static String apply(String valid, List<Edit> edits) {
        String schema = valid;
        for (Edit edit : edits) {
            schema = edit.apply(schema);
        }
        return schema;
    }
}
