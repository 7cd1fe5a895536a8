package org.contractregistry.contracts.json.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Objects: required properties, properties under the reader's and writer's content models, dependencies,
 * additionalProperties and the property-count bounds. A property is judged by the content model of the side that
 * lacks it: a property the reader drops is fine if the reader still accepts it as an extra; a property the reader adds
 * is fine if the writer could not have written something else under that name.
 */
final class ObjectDiff {
    private static final Bounds MAX_PROPERTIES = Bounds.of("maxProperties", "MAX_PROPERTIES");
    private static final Bounds MIN_PROPERTIES = Bounds.of("minProperties", "MIN_PROPERTIES");

    private ObjectDiff() {}

    static void compare(Walk walk, SchemaView original, SchemaView update) {
        PropertyIndex was = original.properties();
        PropertyIndex is = update.properties();
        required(walk, was, is);
        properties(walk, original, update, was, is);
        DependencyDiff.compare(walk, original, update);
        additionalProperties(walk, original, update);
        MAX_PROPERTIES.compare(walk, original.node, update.node);
        MIN_PROPERTIES.compare(walk, original.node, update.node);
    }

    private static void required(Walk walk, PropertyIndex was, PropertyIndex is) {
        Set<String> wasRequired = was.required();
        Set<String> isRequired = is.required();
        if (wasRequired.equals(isRequired)) {
            return;
        }
        try (Walk.Scope ignored = walk.enter("required")) {
            for (PropertyIndex.Property before : was.inOrder()) {
                String name = before.name;
                PropertyIndex.Property after = is.get(name);
                if (after == null || wasRequired.contains(name) == isRequired.contains(name)) {
                    continue;
                }
                if (wasRequired.contains(name)) {
                    walk.add(name, JsonDifference.REQUIRED_ATTRIBUTE_REMOVED);
                } else {
                    walk.add(name, after.view().hasDefault()
                            ? JsonDifference.REQUIRED_ATTRIBUTE_WITH_DEFAULT_ADDED : JsonDifference.REQUIRED_ATTRIBUTE_ADDED);
                }
            }
        }
    }

    /** The writer's properties in its order, then those only the reader has, in the reader's order. */
    private static void properties(Walk walk, SchemaView original, SchemaView update, PropertyIndex was,
            PropertyIndex is) {
        ContentModel originalModel = model(original);
        ContentModel updateModel = model(update);
        boolean[] matched = new boolean[is.inOrder().size()];
        try (Walk.Scope ignored = walk.enter("properties")) {
            for (PropertyIndex.Property before : was.inOrder()) {
                PropertyIndex.Property after = is.get(before.name);
                if (after != null) {
                    matched[after.index] = true;
                    if (before.sameMeaning(after)) {
                        continue;
                    }
                }
                try (Walk.Scope property = walk.enter(before.name)) {
                    if (after == null) {
                        removed(walk, before.view(), update, updateModel, before.name);
                    } else {
                        SchemaDiff.compare(walk, before.view(), after.view());
                    }
                }
            }
            for (PropertyIndex.Property after : is.inOrder()) {
                if (!matched[after.index]) {
                    try (Walk.Scope property = walk.enter(after.name)) {
                        added(walk, original, originalModel, after, is.required().contains(after.name));
                    }
                }
            }
        }
    }

    private static void removed(Walk walk, SchemaView was, SchemaView update, ContentModel model, String name) {
        if (model.isOpen()) {
            walk.add(JsonDifference.PROPERTY_REMOVED_FROM_OPEN_CONTENT_MODEL);
            return;
        }
        SchemaView rest = model.schemaFor(update, name);
        if (rest != null) {
            covered(walk, was, rest, JsonDifference.PROPERTY_REMOVED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL,
                    JsonDifference.PROPERTY_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL);
        } else {
            walk.add(was.kind == SchemaView.Kind.FALSE
                    ? JsonDifference.PROPERTY_WITH_FALSE_REMOVED_FROM_CLOSED_CONTENT_MODEL
                    : JsonDifference.PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL);
        }
    }

    private static void added(Walk walk, SchemaView original, ContentModel model, PropertyIndex.Property property,
            boolean required) {
        if (model.isOpen()) {
            walk.add(property.view().kind == SchemaView.Kind.EMPTY ? JsonDifference.PROPERTY_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL
                    : JsonDifference.PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL);
            return;
        }
        SchemaView rest = model.schemaFor(original, property.name);
        if (rest != null) {
            covered(walk, rest, property.view(), JsonDifference.PROPERTY_ADDED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL,
                    JsonDifference.PROPERTY_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL);
        }
        if (!required) {
            walk.add(JsonDifference.OPTIONAL_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL);
        } else {
            walk.add(property.view().hasDefault() ? JsonDifference.REQUIRED_PROPERTY_WITH_DEFAULT_ADDED_TO_UNOPEN_CONTENT_MODEL
                    : JsonDifference.REQUIRED_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL);
        }
    }

    /** Compares writer and reader schemas for one name, keeping what was found, and says whether it was covered. */
    static void covered(Walk walk, SchemaView writer, SchemaView reader, JsonDifference yes, JsonDifference no) {
        Walk trial = walk.sub();
        SchemaDiff.compare(trial, writer, reader);
        walk.addAll(trial.differences());
        walk.add(trial.isCompatible() ? yes : no);
    }

    private static void additionalProperties(Walk walk, SchemaView original, SchemaView update) {
        ContentModel was = ContentModel.of(original, original.node.get("additionalProperties"), null);
        ContentModel is = ContentModel.of(update, update.node.get("additionalProperties"), null);
        try (Walk.Scope ignored = walk.enter("additionalProperties")) {
            restOfContent(walk, was, is, JsonDifference.ADDITIONAL_PROPERTIES_ADDED,
                    JsonDifference.ADDITIONAL_PROPERTIES_REMOVED, JsonDifference.ADDITIONAL_PROPERTIES_NARROWED,
                    JsonDifference.ADDITIONAL_PROPERTIES_EXTENDED);
        }
    }

    /** additionalProperties or additionalItems: opened, closed, constrained, freed, or both schemas compared. */
    static void restOfContent(Walk walk, ContentModel was, ContentModel is, JsonDifference added, JsonDifference removed,
            JsonDifference narrowed, JsonDifference extended) {
        if (was.permits() != is.permits()) {
            walk.add(is.permits() ? added : removed);
        } else if (was.restSchema() == null && is.restSchema() != null) {
            walk.add(narrowed);
        } else if (was.restSchema() != null && is.restSchema() == null) {
            walk.add(extended);
        } else if (was.restSchema() != null) {
            SchemaDiff.compare(walk, was.restSchema(), is.restSchema());
        }
    }

    private static ContentModel model(SchemaView object) {
        return ContentModel.of(object, object.node.get("additionalProperties"), object.node.get("patternProperties"));
    }
}
