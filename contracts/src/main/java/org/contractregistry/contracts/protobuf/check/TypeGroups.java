package org.contractregistry.contracts.protobuf.check;

import org.contractregistry.contracts.protobuf.model.FieldModel;
import org.contractregistry.contracts.protobuf.model.FieldModel.TypeKind;

/**
 * Which field types share an encoding. On the wire: int32/uint32/int64/uint64/bool (varint); sint32/sint64
 * (zig-zag); fixed32/sfixed32; fixed64/sfixed64; string/bytes; an embedded message and bytes; float; double. Enums
 * are compatible with int32/uint32/int64/uint64 and other enums (the language guide's "updating a message type"), not
 * with bool. In JSON, additionally bool, enums (by name), string and bytes (base64) each stand alone.
 */
public final class TypeGroups {
    private TypeGroups() {}

    /** The wire group of a scalar type name, or {@code message}/{@code enum}. */
    public static String wireGroup(TypeKind kind, String scalar) {
        if (kind == TypeKind.MESSAGE) {
            return "bytes";
        }
        if (kind == TypeKind.ENUM) {
            return "varint";
        }
        return switch (scalar) {
            case "int32", "uint32", "int64", "uint64", "bool" -> "varint";
            case "sint32", "sint64" -> "zigzag";
            case "fixed32", "sfixed32" -> "fixed32";
            case "fixed64", "sfixed64" -> "fixed64";
            case "string", "bytes" -> "bytes";
            default -> scalar;
        };
    }

    /** Whether {@code current} decodes data written as {@code previous} (one element of a map value, list...). */
    public static boolean wireCompatible(TypeKind previousKind, String previous, TypeKind currentKind, String current) {
        if (previousKind == TypeKind.MESSAGE && currentKind == TypeKind.MESSAGE) {
            return previous.equals(current);
        }
        if (previousKind == TypeKind.ENUM || currentKind == TypeKind.ENUM) {
            String other = previousKind == TypeKind.ENUM ? current : previous;
            TypeKind otherKind = previousKind == TypeKind.ENUM ? currentKind : previousKind;
            return otherKind == TypeKind.ENUM || otherKind == TypeKind.SCALAR && !other.equals("bool")
                    && wireGroup(TypeKind.SCALAR, other).equals("varint");
        }
        if (previousKind == TypeKind.MESSAGE || currentKind == TypeKind.MESSAGE) {
            String other = previousKind == TypeKind.MESSAGE ? current : previous;
            TypeKind otherKind = previousKind == TypeKind.MESSAGE ? currentKind : previousKind;
            return otherKind == TypeKind.SCALAR && other.equals("bytes");
        }
        return wireGroup(previousKind, previous).equals(wireGroup(currentKind, current));
    }

    /** Whether the JSON mapping is unchanged, given the types are wire-compatible. */
    public static boolean jsonCompatible(TypeKind previousKind, String previous, TypeKind currentKind, String current) {
        if (previousKind != currentKind) {
            return false;
        }
        if (previousKind != TypeKind.SCALAR) {
            return previous.equals(current);
        }
        return jsonGroup(previous).equals(jsonGroup(current));
    }

    private static String jsonGroup(String scalar) {
        return switch (scalar) {
            case "int32", "uint32", "int64", "uint64", "sint32", "sint64", "fixed32", "sfixed32", "fixed64",
                    "sfixed64" -> "integer";
            default -> scalar;
        };
    }

    /**
     * The name to compare a field's (or map value's) type by: for messages and enums its key, or its full name when
     * that did not change (a type moved between the main file and an import keeps its full name).
     */
    public static String comparableType(FieldModel field, FieldModel other) {
        return field.typeFullName().equals(other.typeFullName()) ? field.typeFullName() : field.type();
    }

    public static TypeKind elementKind(FieldModel field) {
        return field.kind() == TypeKind.MAP ? field.valueKind() : field.kind();
    }
}
