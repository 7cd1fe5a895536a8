package org.contractregistry.contracts.avro;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.avro.Schema;

/**
 * Leaves out of a top-level record pair the fields that cannot produce a finding, so Avro's check only walks what
 * changed: a field whose type is textually identical on both sides (a schema always reads itself), and a reader-only
 * field with a default. Fields with aliases, and writer fields an alias could match, are always kept, so Avro's field
 * matching sees exactly what it would see on the full schemas. The verdict and findings are the same as on the full
 * pair (checked by the property test); paths stay by name. A recursive top-level record is never pruned: the copy
 * would not be the type its fields refer back to, and Avro's recursion guard would see a different pair.
 */
final class AvroPruning {
    private AvroPruning() {}

    /**
     * Field name to the field's type rendered standalone (every named type defined inline), for top-level records that
     * do not refer to themselves; empty otherwise (then nothing is pruned).
     */
    static Map<String, String> fieldTypes(Schema schema) {
        if (schema.getType() != Schema.Type.RECORD || refersTo(schema, schema, new HashSet<>(), true)) {
            return Map.of();
        }
        Map<String, String> types = new LinkedHashMap<>();
        for (Schema.Field field : schema.getFields()) {
            types.put(field.name(), field.schema().toString());
        }
        return Map.copyOf(types);
    }

    /** The pair to hand to Avro: {reader, writer}, pruned when both are records and something can be left out. */
    static Schema[] prune(AvroContractSchema reader, AvroContractSchema writer) {
        Schema r = reader.schema();
        Schema w = writer.schema();
        if (r.getType() != Schema.Type.RECORD || w.getType() != Schema.Type.RECORD) {
            return new Schema[] {r, w};
        }
        Set<String> aliased = new HashSet<>();
        for (Schema.Field field : r.getFields()) {
            aliased.addAll(field.aliases());
        }
        Map<String, String> readerTypes = reader.fieldTypes();
        Map<String, String> writerTypes = writer.fieldTypes();
        if (readerTypes.isEmpty() || writerTypes.isEmpty()) {
            return new Schema[] {r, w};
        }
        Set<String> skip = new HashSet<>();
        for (Schema.Field field : r.getFields()) {
            String name = field.name();
            if (!field.aliases().isEmpty() || aliased.contains(name)) {
                continue;
            }
            String writerType = writerTypes.get(name);
            if (writerType == null ? field.hasDefaultValue() : writerType.equals(readerTypes.get(name))) {
                skip.add(name);
            }
        }
        if (skip.isEmpty()) {
            return new Schema[] {r, w};
        }
        return new Schema[] {without(r, skip), without(w, skip)};
    }

    private static boolean refersTo(Schema node, Schema target, Set<String> seen, boolean root) {
        if (!root && node == target) {
            return true;
        }
        return switch (node.getType()) {
            case RECORD -> (root || seen.add(node.getFullName()))
                    && node.getFields().stream().anyMatch(f -> refersTo(f.schema(), target, seen, false));
            case ARRAY -> refersTo(node.getElementType(), target, seen, false);
            case MAP -> refersTo(node.getValueType(), target, seen, false);
            case UNION -> node.getTypes().stream().anyMatch(t -> refersTo(t, target, seen, false));
            default -> false;
        };
    }

    private static Schema without(Schema record, Set<String> skip) {
        List<Schema.Field> kept = new ArrayList<>();
        for (Schema.Field field : record.getFields()) {
            if (!skip.contains(field.name())) {
                kept.add(new Schema.Field(field, field.schema()));
            }
        }
        Schema copy = Schema.createRecord(record.getName(), record.getDoc(), record.getNamespace(), record.isError(), kept);
        record.getAliases().forEach(copy::addAlias);
        return copy;
    }
}
