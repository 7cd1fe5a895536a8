package org.contractregistry.contracts;

/**
 * One leaf or nested field of a contract, flattened for consumers that compare contracts with other type systems
 * (the lineage drift check).
 *
 * @param path dot-separated field path from the root record/message, e.g. {@code customer.email}
 * @param type the engine's neutral type name: {@code boolean, int, long, float, double, string, bytes, enum, record,
 *     array, map, fixed, null} or a logical type name such as {@code timestamp-millis}, {@code decimal}, {@code date},
 *     {@code uuid}; for Protobuf scalar types the proto type name (int32, sint64, ...) is mapped to these names
 * @param optional whether the value may be absent or null (Avro union with null, proto3 optional / proto2 optional)
 * @param repeated whether the field holds a list
 */
public record FieldShape(String path, String type, boolean optional, boolean repeated) {}
