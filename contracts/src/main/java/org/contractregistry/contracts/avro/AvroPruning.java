package org.contractregistry.contracts.avro;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.avro.Schema;

/**
 * Leaves out of a top-level record pair the fields that cannot produce a finding, so Avro's check only walks what
 * changed: a field whose type is textually identical on both sides (a schema always reads itself), and a reader-only
 * field with a default. Fields with aliases, and fields an alias could match, are always kept, so Avro's field
 * matching sees exactly what it would see on the full schemas. The verdict and findings are the same as on the full
 * pair (checked by the property test); paths stay by name. A recursive top-level record is never pruned: the copy
 * would not be the type its fields refer back to, and Avro's recursion guard would see a different pair.
 */
final class AvroPruning {
    private AvroPruning() {}

    /**
     * What pruning needs from one schema, computed once at parse time. Names and types are interned, so comparing two
     * versions' fields is a reference comparison.
     *
     * @param names top-level field names, by position
     * @param types each top-level field's type rendered standalone (named types defined inline), by position
     * @param pinned fields that are never pruned: those with aliases, and those an alias names
     */
    record Index(String[] names, String[] types, boolean[] pinned) {
        static final Index NONE = new Index(new String[0], new String[0], new boolean[0]);

        boolean prunable() {
            return types.length > 0;
        }
    }

    static Index index(Schema schema) {
        if (schema.getType() != Schema.Type.RECORD || refersTo(schema, schema, new HashSet<>(), true)) {
            return Index.NONE;
        }
        List<Schema.Field> fields = schema.getFields();
        String[] names = new String[fields.size()];
        String[] types = new String[fields.size()];
        boolean[] pinned = new boolean[fields.size()];
        Set<String> aliases = new HashSet<>();
        for (Schema.Field field : fields) {
            names[field.pos()] = field.name().intern();
            types[field.pos()] = field.schema().toString().intern();
            aliases.addAll(field.aliases());
        }
        for (Schema.Field field : fields) {
            pinned[field.pos()] = !field.aliases().isEmpty() || aliases.contains(field.name());
        }
        return new Index(names, types, pinned);
    }

    /** The pair to hand to Avro: {reader, writer}, pruned when both are plain records and something can be left out. */
    static Schema[] prune(AvroContractSchema reader, AvroContractSchema writer) {
        Schema r = reader.schema();
        Schema w = writer.schema();
        Index ri = reader.fieldIndex();
        Index wi = writer.fieldIndex();
        if (!ri.prunable() || !wi.prunable()) {
            return new Schema[] {r, w};
        }
        List<Schema.Field> readerFields = r.getFields();
        boolean[] dropWriter = new boolean[wi.names().length];
        List<Schema.Field> keptReader = new ArrayList<>();
        for (int i = 0; i < ri.names().length; i++) {
            Schema.Field field = readerFields.get(i);
            if (ri.pinned()[i]) {
                keptReader.add(field);
                continue;
            }
            int match = i < wi.names().length && wi.names()[i] == ri.names()[i] ? i : position(w, ri.names()[i]);
            if (match < 0) {
                if (!field.hasDefaultValue()) {
                    keptReader.add(field);
                }
            } else if (ri.types()[i] == wi.types()[match]) {
                dropWriter[match] = true;
            } else {
                keptReader.add(field);
            }
        }
        if (keptReader.size() == readerFields.size()) {
            return new Schema[] {r, w};
        }
        List<Schema.Field> keptWriter = new ArrayList<>();
        for (Schema.Field field : w.getFields()) {
            if (!dropWriter[field.pos()]) {
                keptWriter.add(field);
            }
        }
        return new Schema[] {copy(r, keptReader), copy(w, keptWriter)};
    }

    private static int position(Schema record, String name) {
        Schema.Field field = record.getField(name);
        return field == null ? -1 : field.pos();
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

    private static Schema copy(Schema record, List<Schema.Field> fields) {
        List<Schema.Field> copies = new ArrayList<>(fields.size());
        for (Schema.Field field : fields) {
            copies.add(new Schema.Field(field, field.schema()));
        }
        Schema copy = Schema.createRecord(record.getName(), record.getDoc(), record.getNamespace(), record.isError(), copies);
        record.getAliases().forEach(copy::addAlias);
        return copy;
    }
}
