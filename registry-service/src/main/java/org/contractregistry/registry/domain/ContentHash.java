package org.contractregistry.registry.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.contractregistry.contracts.SchemaType;

/**
 * The content key of a schema within a context: SHA-256 over type, stored text, pinned references, metadata and
 * ruleSet (Confluent uses MD5 over the same parts). Equal keys share one id.
 */
public final class ContentHash {
    private ContentHash() {}

    public static String of(SchemaType type, String text, List<SchemaReference> references, JsonNode metadata,
            JsonNode ruleSet) {
        StringBuilder content = new StringBuilder(text.length() + 64);
        content.append(type.name()).append('\0').append(text).append('\0');
        for (SchemaReference reference : references) {
            content.append(reference.name()).append('\u0001').append(reference.subject()).append('\u0001')
                    .append(reference.version()).append('\0');
        }
        content.append('\0').append(Json.canonical(metadata)).append('\0').append(Json.canonical(ruleSet));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
