package org.contractregistry.contracts.protobuf.rules.confluent;

import org.contractregistry.contracts.protobuf.model.FieldModel;
import org.contractregistry.contracts.protobuf.model.FieldModel.TypeKind;
import org.contractregistry.contracts.protobuf.model.MessageModel;
import org.contractregistry.contracts.protobuf.model.ProtoModel;

/**
 * Confluent's field kinds: SCALAR (enums included), MESSAGE and MAP; scalar sub-kinds GENERAL_NUMBER (int32, int64,
 * uint32, uint64, bool, enums), SIGNED_NUMBER, STRING_OR_BYTES, FIXED32, FIXED64, FLOAT, DOUBLE.
 */
final class ConfluentKinds {
    private ConfluentKinds() {}

    static String kind(FieldModel field) {
        return switch (field.kind()) {
            case MAP -> "MAP";
            case MESSAGE -> "MESSAGE";
            case SCALAR, ENUM -> "SCALAR";
        };
    }

    static String scalarKind(TypeKind kind, String type) {
        if (kind == TypeKind.ENUM) {
            return "GENERAL_NUMBER";
        }
        if (kind == TypeKind.MESSAGE) {
            return "MESSAGE";
        }
        return switch (type) {
            case "int32", "int64", "uint32", "uint64", "bool" -> "GENERAL_NUMBER";
            case "sint32", "sint64" -> "SIGNED_NUMBER";
            case "string", "bytes" -> "STRING_OR_BYTES";
            case "fixed32", "sfixed32" -> "FIXED32";
            case "fixed64", "sfixed64" -> "FIXED64";
            case "float" -> "FLOAT";
            case "double" -> "DOUBLE";
            default -> type;
        };
    }

    /** The package-stripped name Confluent compares message-typed fields by. */
    static String localName(ProtoModel model, FieldModel field) {
        MessageModel message = model.message(field.type());
        if (message == null || message.packageName().isEmpty()) {
            return field.typeFullName();
        }
        return field.typeFullName().substring(message.packageName().length() + 1);
    }

    static boolean isNumeric(FieldModel field) {
        return field.kind() == TypeKind.ENUM
                || field.kind() == TypeKind.SCALAR && !field.type().equals("string") && !field.type().equals("bytes");
    }
}
