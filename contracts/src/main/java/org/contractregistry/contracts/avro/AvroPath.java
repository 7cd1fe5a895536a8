package org.contractregistry.contracts.avro;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;

/**
 * Turns Avro's JSON pointer ({@code /fields/1/type/fields/0/type/2}) into one a person can follow
 * ({@code /fields/customer/fields/email/type/int}): field indexes become field names, union indexes become the
 * writer branch's type name, and {@code type} is kept only as the last step.
 *
 * @param path the readable pointer
 * @param fields the field names along the way, outermost first
 * @param writer the writer schema at the end of the path (e.g. the union branch the reader lacks), or null
 */
record AvroPath(String path, List<String> fields, Schema writer) {

    static AvroPath of(String location, Schema reader, Schema writer) {
        String[] tokens = location.startsWith("/") ? location.substring(1).split("/", -1) : location.split("/", -1);
        try {
            return walk(tokens, reader, writer);
        } catch (RuntimeException unexpected) {
            return new AvroPath(location, List.of(), null);
        }
    }

    private static AvroPath walk(String[] tokens, Schema r, Schema w) {
        List<String> out = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i];
            boolean last = i == tokens.length - 1;
            switch (token) {
                case "" -> { }
                case "fields" -> {
                    if (last) {
                        out.add(token);
                        break;
                    }
                    Schema.Field field = r.getFields().get(Integer.parseInt(tokens[++i]));
                    out.add("fields");
                    out.add(field.name());
                    fields.add(field.name());
                    Schema.Field writerField = w != null && w.getType() == Schema.Type.RECORD
                            ? SchemaCompatibility.lookupWriterField(w, field) : null;
                    r = field.schema();
                    w = writerField == null ? null : writerField.schema();
                }
                case "type" -> {
                    if (last) {
                        out.add(token);
                    }
                }
                case "items" -> {
                    out.add(token);
                    r = r.getElementType();
                    w = w != null && w.getType() == Schema.Type.ARRAY ? w.getElementType() : null;
                }
                case "values" -> {
                    out.add(token);
                    r = r.getValueType();
                    w = w != null && w.getType() == Schema.Type.MAP ? w.getValueType() : null;
                }
                default -> {
                    if (isIndex(token) && w != null && w.getType() == Schema.Type.UNION) {
                        w = w.getTypes().get(Integer.parseInt(token));
                        out.add(AvroTypes.describe(w));
                    } else {
                        out.add(token);
                    }
                }
            }
        }
        return new AvroPath("/" + String.join("/", out), List.copyOf(fields), w);
    }

    private static boolean isIndex(String token) {
        return !token.isEmpty() && token.chars().allMatch(Character::isDigit);
    }
}
