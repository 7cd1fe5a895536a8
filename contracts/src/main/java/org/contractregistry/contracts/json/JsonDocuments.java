package org.contractregistry.contracts.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.security.MessageDigest;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The main document and the documents it references (Confluent references: name to schema text), and how a
 * {@code $ref} found in one of them resolves: {@code #/json/pointer} and {@code #anchor} inside the same document,
 * {@code name} or {@code name#/pointer} into a referenced document, matched by reference name or by {@code $id}
 * (also after resolving a relative ref against the referring document's {@code $id}).
 */
public final class JsonDocuments {
    /** The document name the main schema goes by. */
    public static final String MAIN = "";

    private final Map<String, JsonNode> byName = new LinkedHashMap<>();
    /**
     * The container nodes of these documents whose subtree holds no {@code $ref} (equal JSON there means equal
     * meaning), each with a digest of its content: equal digests are equal JSON, compared in constant time where a
     * transitive check would otherwise compare the same subtrees once per version.
     */
    private final Map<JsonNode, ContentDigest> refFree = new IdentityHashMap<>();
    private final Map<String, Optional<Located>> resolved = new java.util.concurrent.ConcurrentHashMap<>();
    /** See {@link #derived}; written once, or twice by racing threads with equal values. */
    private volatile Object derived;

    /** 128 bits of SHA-256 over a subtree's content (object members in key order, as JSON equality ignores it). */
    public record ContentDigest(long high, long low) {}

    JsonDocuments(JsonNode main, Map<String, JsonNode> references) {
        byName.put(MAIN, main);
        byName.putAll(references);
        MessageDigest sha = sha256();
        byName.values().forEach(node -> markRefFree(node, sha));
    }

    /** The part of its parent's digest input a node makes; null when its subtree holds a {@code $ref}. */
    private String markRefFree(JsonNode node, MessageDigest sha) {
        if (!node.isContainerNode()) {
            return node.getNodeType() + ":" + node;
        }
        boolean free = !(node.isObject() && node.has("$ref"));
        StringBuilder content = new StringBuilder(node.isObject() ? "{" : "[");
        if (node.isObject()) {
            java.util.List<String> names = new java.util.ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            Collections.sort(names);
            for (String name : names) {
                String part = markRefFree(node.get(name), sha);
                free &= part != null;
                content.append(name).append('\u0000').append(part).append('\u0001');
            }
        } else {
            for (JsonNode child : node) {
                String part = markRefFree(child, sha);
                free &= part != null;
                content.append(part).append('\u0001');
            }
        }
        if (!free) {
            return null;
        }
        byte[] hash = sha.digest(content.toString().getBytes(StandardCharsets.UTF_8));
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap(hash);
        ContentDigest digest = new ContentDigest(bytes.getLong(), bytes.getLong());
        refFree.put(node, digest);
        return "#" + digest.high() + "." + digest.low();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Whether {@code node}, a node of these documents, holds no {@code $ref} (so it means the same wherever it is
     * found); false for nodes from elsewhere.
     */
    public boolean isRefFree(JsonNode node) {
        return !node.isContainerNode() || refFree.containsKey(node);
    }

    /** The content digest of a {@code $ref}-free container node of these documents; null for any other node. */
    public ContentDigest digest(JsonNode node) {
        return refFree.get(node);
    }

    /**
     * A value computed from these documents once and then kept with them: the compatibility walk keeps its indexed
     * view of the main schema here, because a parsed schema is compared with many others (a transitive check compares
     * the candidate with every version). One kept value per documents; {@code make} must be free of side effects.
     */
    public <T> T derived(Class<T> type, java.util.function.Function<JsonDocuments, T> make) {
        Object kept = derived;
        if (type.isInstance(kept)) {
            return type.cast(kept);
        }
        T made = make.apply(this);
        derived = made;
        return made;
    }

    /** A schema node and the document it lives in (refs inside it resolve against that document). */
    public record Located(JsonNode node, String document) {}

    public Located root() {
        return new Located(byName.get(MAIN), MAIN);
    }

    /** Where {@code ref}, written in {@code document}, points; empty when nothing there. Answers are kept. */
    public Optional<Located> resolve(String document, String ref) {
        return resolved.computeIfAbsent(document + '\u0000' + ref, key -> find(document, ref));
    }

    private Optional<Located> find(String document, String ref) {
        int hash = ref.indexOf('#');
        String base = hash < 0 ? ref : ref.substring(0, hash);
        String fragment = hash < 0 ? "" : ref.substring(hash + 1);
        Optional<String> target = base.isEmpty() ? Optional.of(document) : documentNamed(document, base);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        JsonNode root = byName.get(target.get());
        String decoded = URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
        JsonNode found;
        if (decoded.isEmpty()) {
            found = root;
        } else if (decoded.startsWith("/")) {
            found = root.at(decoded);
        } else {
            found = anchor(root, decoded);
        }
        return found == null || found.isMissingNode() ? Optional.empty() : Optional.of(new Located(found, target.get()));
    }

    private Optional<String> documentNamed(String from, String base) {
        if (byName.containsKey(base) && !base.isEmpty()) {
            return Optional.of(base);
        }
        String absolute = base;
        JsonNode fromRoot = byName.get(from);
        if (fromRoot != null && fromRoot.path("$id").isTextual()) {
            try {
                absolute = URI.create(fromRoot.get("$id").asText()).resolve(base).toString();
            } catch (IllegalArgumentException notAUri) {
                absolute = base;
            }
        }
        for (var entry : byName.entrySet()) {
            String id = entry.getValue().path("$id").asText(entry.getValue().path("id").asText(""));
            if (entry.getKey().equals(absolute) || (!id.isEmpty() && (id.equals(base) || id.equals(absolute)))) {
                return Optional.of(entry.getKey());
            }
        }
        return Optional.empty();
    }

    /** A subschema declaring {@code $anchor: name} or (drafts 6/7) {@code $id: "#name"}. */
    private static JsonNode anchor(JsonNode node, String name) {
        if (node.isObject()) {
            if (name.equals(node.path("$anchor").asText(null)) || ("#" + name).equals(node.path("$id").asText(null))) {
                return node;
            }
        }
        if (node.isContainerNode()) {
            for (JsonNode child : node) {
                JsonNode found = anchor(child, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Every {@code $ref} in every document that points nowhere, as "ref (in document)", or empty. */
    Optional<String> firstDangling() {
        for (var entry : byName.entrySet()) {
            Optional<String> dangling = dangling(entry.getValue(), entry.getKey());
            if (dangling.isPresent()) {
                return dangling;
            }
        }
        return Optional.empty();
    }

    private Optional<String> dangling(JsonNode node, String document) {
        if (node.isObject() && node.path("$ref").isTextual()) {
            String ref = node.get("$ref").asText();
            if (resolve(document, ref).isEmpty()) {
                return Optional.of("$ref \"" + ref + "\"" + (document.isEmpty() ? "" : " in reference " + document)
                        + " points to nothing: not inside the document and not among the references");
            }
        }
        if (node.isContainerNode()) {
            var fields = node.isObject() ? node.fieldNames() : null;
            int index = 0;
            for (JsonNode child : node) {
                String key = fields == null ? String.valueOf(index++) : fields.next();
                if (JsonNormalizer.DATA_KEYWORDS.contains(key) && fields != null) {
                    continue;
                }
                Optional<String> found = dangling(child, document);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
