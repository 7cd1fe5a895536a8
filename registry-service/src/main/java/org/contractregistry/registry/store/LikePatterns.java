package org.contractregistry.registry.store;

import java.util.Locale;

/** Patterns for {@code LIKE ? ESCAPE '!'}: the text taken literally, its {@code %}, {@code _} and {@code !} escaped. */
public final class LikePatterns {
    private LikePatterns() {}

    /** Starts with the text. */
    public static String prefix(String text) {
        return escaped(text) + "%";
    }

    /** Contains the text in lower case: compare with {@code LOWER(column)}. */
    public static String containsLowerCase(String text) {
        return "%" + escaped(text.toLowerCase(Locale.ROOT)) + "%";
    }

    private static String escaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
