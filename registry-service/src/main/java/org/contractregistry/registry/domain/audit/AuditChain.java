package org.contractregistry.registry.domain.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.contractregistry.registry.domain.Json;

/**
 * The hash chain: an entry's canonical form is a JSON array of its fields in a fixed order, the previous entry's hash
 * first; its hash is the SHA-256 of that text (UTF-8), in lowercase hex. The chain position ({@code seq}) is not hashed:
 * order is proven by the links, so renumbered rows show up as a link broken, not as edited content.
 */
public final class AuditChain {
    /** The {@code prevHash} of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** The canonical form of an entry (its stored {@code entryHash} and {@code seq} are not part of it). */
    public static String canonical(AuditEntry e) {
        ArrayNode fields = Json.MAPPER.createArrayNode();
        fields.add(e.prevHash()).add(e.occurredAt()).add(e.principal()).add(e.principalKind()).add(e.team())
                .add(e.operation()).add(e.target()).add(e.version()).add(e.schemaId()).add(e.before())
                .add(e.after()).add(e.requestId()).add(e.clientAddress());
        try {
            return Json.MAPPER.writeValueAsString(fields);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** SHA-256 of the entry's canonical form, lowercase hex. */
    public static String hash(AuditEntry e) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical(e).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Whether the entry's stored hash is the hash of its stored content. */
    public static boolean intact(AuditEntry e) {
        return hash(e).equals(e.entryHash());
    }
}
