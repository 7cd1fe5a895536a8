package org.contractregistry.registry.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Confluent 8's schema {@code guid}: here the first 32 hex digits of the content hash ({@link ContentHash}) in the
 * 8-4-4-4-12 form of a UUID. The same content has the same guid in every context.
 */
public record SchemaGuid(String value) {
    private static final Pattern FORM =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    public static SchemaGuid ofContentHash(String hash) {
        return new SchemaGuid(hash.substring(0, 8) + "-" + hash.substring(8, 12) + "-" + hash.substring(12, 16) + "-"
                + hash.substring(16, 20) + "-" + hash.substring(20, 32));
    }

    /** A guid as a client sends it (in either case); empty when it is not 8-4-4-4-12 hexadecimal digits. */
    public static Optional<SchemaGuid> parse(String text) {
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        return FORM.matcher(lower).matches() ? Optional.of(new SchemaGuid(lower)) : Optional.empty();
    }

    /** The 32 hex digits every content hash with this guid starts with. */
    public String hashPrefix() {
        return value.replace("-", "");
    }
}
