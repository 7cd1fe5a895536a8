package org.contractregistry.contracts.avro;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.avro.Schema;
import org.contractregistry.contracts.FieldShape;

/**
 * Flattens a record into {@link FieldShape}s, depth-first: a field, then the fields of the record it holds (directly,
 * as array items, map values or the non-null branch of an optional union). A recursive type is not entered again.
 */
final class AvroFieldShapes {
    private AvroFieldShapes() {}

    static List<FieldShape> of(Schema root) {
        List<FieldShape> out = new ArrayList<>();
        if (root.getType() == Schema.Type.RECORD) {
            Set<String> open = new HashSet<>();
            open.add(root.getFullName());
            walk(root, "", out, open);
        }
        return out;
    }

    private static void walk(Schema record, String prefix, List<FieldShape> out, Set<String> open) {
        for (Schema.Field field : record.getFields()) {
            String path = prefix + field.name();
            Schema schema = field.schema();
            boolean optional = false;
            if (schema.getType() == Schema.Type.UNION) {
                List<Schema> nonNull = schema.getTypes().stream().filter(s -> s.getType() != Schema.Type.NULL).toList();
                optional = nonNull.size() < schema.getTypes().size();
                schema = nonNull.size() == 1 ? nonNull.get(0) : schema;
            }
            boolean repeated = schema.getType() == Schema.Type.ARRAY;
            Schema element = repeated ? schema.getElementType() : schema;
            out.add(new FieldShape(path, neutralType(element), optional, repeated));
            Schema nested = element.getType() == Schema.Type.MAP ? element.getValueType() : element;
            if (nested.getType() == Schema.Type.RECORD && open.add(nested.getFullName())) {
                walk(nested, path + ".", out, open);
                open.remove(nested.getFullName());
            }
        }
    }

    /** The engine's neutral type name: the logical type when there is one, else Avro's type in lower case. */
    static String neutralType(Schema schema) {
        if (schema.getLogicalType() != null) {
            return schema.getLogicalType().getName();
        }
        return schema.getType().getName().toLowerCase(Locale.ROOT);
    }
}
