package org.contractregistry.lineage.drift;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which observed types (Spark, SQL, OpenLineage schema facet) each contract type (the engine's neutral names, from
 * Avro and Protobuf) may appear as. One table, documented in lineage/README.md; parameters such as
 * {@code decimal(10,2)} or {@code varchar(20)} and element types such as {@code array<string>} are compared by their
 * base name.
 */
public final class TypeMapping {
    private static final Set<String> TIMESTAMPS = Set.of("timestamp", "timestamp_ntz", "timestamp_ltz", "timestamptz",
            "timestamp with time zone", "timestamp without time zone", "datetime", "datetime2", "instant");
    private static final Set<String> STRINGS = Set.of("string", "varchar", "char", "text", "character varying",
            "character", "nvarchar", "nchar", "bpchar", "clob", "str");

    /** contract type -> observed base types it may appear as. */
    static final Map<String, Set<String>> TABLE = Map.ofEntries(
            Map.entry("boolean", Set.of("boolean", "bool", "bit")),
            Map.entry("int", Set.of("int", "integer", "int4", "int32", "smallint", "int2", "tinyint", "short", "byte",
                    "serial", "mediumint")),
            Map.entry("long", Set.of("long", "bigint", "int8", "int64", "bigserial")),
            Map.entry("float", Set.of("float", "real", "float4", "float32")),
            Map.entry("double", Set.of("double", "double precision", "float8", "float64", "number")),
            Map.entry("string", STRINGS),
            Map.entry("enum", union(STRINGS, Set.of("enum"))),
            Map.entry("uuid", union(STRINGS, Set.of("uuid"))),
            Map.entry("bytes", Set.of("bytes", "binary", "varbinary", "bytea", "blob", "byte[]")),
            Map.entry("fixed", Set.of("fixed", "binary", "varbinary", "bytea", "bytes")),
            Map.entry("record", Set.of("struct", "record", "row", "object", "json", "jsonb", "message")),
            Map.entry("array", Set.of("array", "list")),
            Map.entry("map", Set.of("map", "json", "jsonb", "hstore")),
            Map.entry("decimal", Set.of("decimal", "numeric", "number", "bigdecimal")),
            Map.entry("date", Set.of("date")),
            Map.entry("time-millis", Set.of("time", "time without time zone")),
            Map.entry("time-micros", Set.of("time", "time without time zone")),
            Map.entry("timestamp-millis", TIMESTAMPS),
            Map.entry("timestamp-micros", TIMESTAMPS),
            Map.entry("timestamp-nanos", TIMESTAMPS),
            Map.entry("local-timestamp-millis", TIMESTAMPS),
            Map.entry("local-timestamp-micros", TIMESTAMPS),
            Map.entry("local-timestamp-nanos", TIMESTAMPS),
            Map.entry("null", Set.of("null", "void")));

    private TypeMapping() {}

    /** Whether a field of contract type {@code contractType} may be observed as {@code observedType}. */
    public static boolean accepts(String contractType, String observedType) {
        String contract = contractType.toLowerCase(Locale.ROOT);
        Set<String> allowed = TABLE.get(contract);
        String observed = baseName(observedType);
        return allowed == null ? contract.equals(observed) : allowed.contains(observed);
    }

    /** Whether the observed type is a list ({@code array}, {@code array<string>}, {@code list}, {@code _int4}). */
    public static boolean isList(String observedType) {
        String lower = observedType.trim().toLowerCase(Locale.ROOT);
        return TABLE.get("array").contains(baseName(lower)) || lower.endsWith("[]") && !lower.equals("byte[]")
                || lower.startsWith("_");
    }

    /** The element type of {@code array<x>} / {@code x[]}, or empty when the list type does not say. */
    public static String elementType(String observedType) {
        String trimmed = observedType.trim();
        int open = trimmed.indexOf('<');
        if (open > 0 && trimmed.endsWith(">")) {
            return trimmed.substring(open + 1, trimmed.length() - 1).trim();
        }
        if (trimmed.endsWith("[]")) {
            return trimmed.substring(0, trimmed.length() - 2).trim();
        }
        return trimmed.startsWith("_") ? trimmed.substring(1) : "";
    }

    /** Lower case without parameters or element types: {@code DECIMAL(10,2)} -> {@code decimal}. */
    static String baseName(String observedType) {
        String lower = observedType.trim().toLowerCase(Locale.ROOT);
        int cut = lower.length();
        for (char stop : new char[] {'(', '<'}) {
            int at = lower.indexOf(stop);
            if (at > 0) {
                cut = Math.min(cut, at);
            }
        }
        return lower.substring(0, cut).trim();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).collect(java.util.stream.Collectors.toSet());
    }
}
