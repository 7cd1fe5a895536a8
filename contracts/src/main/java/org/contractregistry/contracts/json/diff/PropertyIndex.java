package org.contractregistry.contracts.json.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.contractregistry.contracts.json.JsonDocuments.ContentDigest;

/**
 * An object schema's {@code properties} and {@code required}, indexed once per parsed schema (kept on its
 * {@link SchemaView}): a transitive check compares the same schema with every prior version, so names, content
 * digests and property views are looked up here instead of being rebuilt per comparison. Immutable but for each
 * property's view, which is made on first use; two threads may both make it, and either copy is the same view.
 */
final class PropertyIndex {
    private final List<Property> inOrder;
    private final Map<String, Property> byName;
    private final Set<String> required;

    private PropertyIndex(List<Property> inOrder, Map<String, Property> byName, Set<String> required) {
        this.inOrder = inOrder;
        this.byName = byName;
        this.required = required;
    }

    static PropertyIndex of(SchemaView object) {
        JsonNode properties = object.node.path("properties");
        List<Property> inOrder = new ArrayList<>(properties.size());
        Map<String, Property> byName = new HashMap<>();
        properties.fields().forEachRemaining(entry -> {
            Property property = new Property(object, inOrder.size(), entry.getKey(), entry.getValue());
            inOrder.add(property);
            byName.put(property.name, property);
        });
        Set<String> required = new HashSet<>();
        object.node.path("required").forEach(name -> required.add(name.asText()));
        return new PropertyIndex(List.copyOf(inOrder), byName, Set.copyOf(required));
    }

    /** In the order the schema lists them. */
    List<Property> inOrder() {
        return inOrder;
    }

    /** The property named {@code name}, or null. */
    Property get(String name) {
        return byName.get(name);
    }

    Set<String> required() {
        return required;
    }

    /**
     * One property: its position in {@link #inOrder}, its name, its schema node, the node's content digest (null
     * unless {@code $ref}-free).
     */
    static final class Property {
        final int index;
        final String name;
        final JsonNode node;
        private final SchemaView owner;
        private final ContentDigest digest;
        private SchemaView view;

        private Property(SchemaView owner, int index, String name, JsonNode node) {
            this.owner = owner;
            this.index = index;
            this.name = name;
            this.node = node;
            this.digest = owner.docs.digest(node);
        }

        /** The property's schema seen by the walk, made on first use. */
        SchemaView view() {
            SchemaView made = view;
            if (made == null) {
                made = owner.at(node);
                view = made;
            }
            return made;
        }

        /** Equal JSON without any {@code $ref}, under the same draft: the two schemas cannot differ. */
        boolean sameMeaning(Property other) {
            return owner.draft == other.owner.draft && SchemaDiff.sameContent(node, digest, other.node, other.digest);
        }
    }
}
