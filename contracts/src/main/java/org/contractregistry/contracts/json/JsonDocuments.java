package org.contractregistry.contracts.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
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
    /** The nodes of these documents whose subtree holds no {@code $ref}: equal text there means equal meaning. */
    private final Set<JsonNode> refFree = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<String, Optional<Located>> resolved = new java.util.concurrent.ConcurrentHashMap<>();

    JsonDocuments(JsonNode main, Map<String, JsonNode> references) {
        byName.put(MAIN, main);
        byName.putAll(references);
        byName.values().forEach(this::markRefFree);
    }

    private boolean markRefFree(JsonNode node) {
        boolean free = !(node.isObject() && node.has("$ref"));
        for (JsonNode child : node) {
            free &= markRefFree(child);
        }
        if (free && node.isContainerNode()) {
            refFree.add(node);
        }
        return free;
    }

    /**
     * Whether {@code node}, a node of these documents, holds no {@code $ref} (so it means the same wherever it is
     * found); false for nodes from elsewhere.
     */
    public boolean isRefFree(JsonNode node) {
        return !node.isContainerNode() || refFree.contains(node);
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
