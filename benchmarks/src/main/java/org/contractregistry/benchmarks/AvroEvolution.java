package org.contractregistry.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * A realistic history of one Avro record: a large first version (scalars, optional strings, enums, nested records,
 * arrays, maps, logical types) and then, per version, one optional field added with a default, every 10th version an
 * int widened to long, every 7th an enum symbol added, every 13th a union branch added. Each step is backward
 * compatible with every earlier one, so a transitive check must walk every pair in full.
 */
final class AvroEvolution {
    private AvroEvolution() {}

    /** {@code count} versions, oldest first; the last has exactly {@code finalFields} top-level fields. */
    static List<String> versions(int count, int finalFields) {
        int baseFields = finalFields - (count - 1);
        List<String> out = new ArrayList<>();
        for (int v = 0; v < count; v++) {
            out.add(version(v, baseFields));
        }
        return out;
    }

    private static String version(int v, int baseFields) {
        StringBuilder s = new StringBuilder("{\"type\":\"record\",\"name\":\"Event\",\"namespace\":\"acme.events\",\"fields\":[");
        for (int i = 0; i < baseFields; i++) {
            if (i > 0) {
                s.append(',');
            }
            s.append(baseField(i, v));
        }
        for (int added = 1; added <= v; added++) {
            s.append(",{\"name\":\"added_").append(added).append("\",\"type\":[\"null\",\"string\"],\"default\":null}");
        }
        return s.append("]}").toString();
    }

    private static String baseField(int i, int v) {
        String name = "\"name\":\"f" + i + "\"";
        return switch (i % 8) {
            case 0 -> "{" + name + ",\"type\":\"" + (i / 8 < v / 10 ? "long" : "int") + "\"}";
            case 1 -> "{" + name + ",\"type\":[\"null\",\"string\"" + (i / 8 < v / 13 ? ",\"long\"" : "") + "],\"default\":null}";
            case 2 -> "{" + name + ",\"type\":{\"type\":\"enum\",\"name\":\"E" + i + "\",\"symbols\":[\"A\",\"B\",\"C\""
                    + symbols(i / 8 < v / 7 ? 1 : 0) + "]}}";
            case 3 -> "{" + name + ",\"type\":{\"type\":\"record\",\"name\":\"R" + i + "\",\"fields\":["
                    + "{\"name\":\"a\",\"type\":\"string\"},{\"name\":\"b\",\"type\":\"double\"},"
                    + "{\"name\":\"c\",\"type\":[\"null\",\"long\"],\"default\":null}]}}";
            case 4 -> "{" + name + ",\"type\":{\"type\":\"array\",\"items\":\"string\"},\"default\":[]}";
            case 5 -> "{" + name + ",\"type\":{\"type\":\"map\",\"values\":\"double\"},\"default\":{}}";
            case 6 -> "{" + name + ",\"type\":{\"type\":\"long\",\"logicalType\":\"timestamp-millis\"}}";
            default -> "{" + name + ",\"type\":\"string\",\"doc\":\"field " + i + "\"}";
        };
    }

    private static String symbols(int extra) {
        return extra > 0 ? ",\"D\"" : "";
    }
}
