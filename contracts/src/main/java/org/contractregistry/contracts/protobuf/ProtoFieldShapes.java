package org.contractregistry.contracts.protobuf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.contractregistry.contracts.FieldShape;
import org.contractregistry.contracts.protobuf.model.FieldModel;
import org.contractregistry.contracts.protobuf.model.FieldModel.Cardinality;
import org.contractregistry.contracts.protobuf.model.FieldModel.TypeKind;
import org.contractregistry.contracts.protobuf.model.MessageModel;
import org.contractregistry.contracts.protobuf.model.ProtoModel;

/** Flattens the first message's fields, depth-first, into the engine's neutral {@link FieldShape}s. */
final class ProtoFieldShapes {
    private ProtoFieldShapes() {}

    static List<FieldShape> of(ProtoModel model) {
        List<FieldShape> shapes = new ArrayList<>();
        if (!model.mainMessages().isEmpty()) {
            MessageModel root = model.message(model.mainMessages().get(0));
            Set<String> onPath = new HashSet<>();
            onPath.add(root.key());
            walk(model, root, "", onPath, shapes);
        }
        return List.copyOf(shapes);
    }

    private static void walk(
            ProtoModel model, MessageModel message, String prefix, Set<String> onPath, List<FieldShape> out) {
        for (FieldModel field : message.fields()) {
            String path = prefix + field.name();
            boolean repeated = field.cardinality() == Cardinality.REPEATED;
            String wellKnown = wellKnown(field.typeFullName());
            boolean optional = field.cardinality() == Cardinality.OPTIONAL || field.inOneof()
                    || (field.kind() == TypeKind.MESSAGE && !repeated) || (wellKnown != null && isWrapper(field));
            String type = switch (field.kind()) {
                case MAP -> "map";
                case ENUM -> "enum";
                case SCALAR -> scalar(field.type());
                case MESSAGE -> wellKnown != null ? wellKnown : "record";
            };
            out.add(new FieldShape(path, type, optional, repeated));
            MessageModel nested = field.kind() == TypeKind.MESSAGE && wellKnown == null
                    ? model.message(field.type()) : null;
            if (nested != null && onPath.add(nested.key())) {
                walk(model, nested, path + ".", onPath, out);
                onPath.remove(nested.key());
            }
        }
    }

    private static boolean isWrapper(FieldModel field) {
        return field.typeFullName().endsWith("Value") && field.typeFullName().startsWith("google.protobuf.");
    }

    /** Neutral name of a proto scalar. */
    static String scalar(String protoType) {
        return switch (protoType) {
            case "int32", "sint32", "sfixed32", "uint32", "fixed32" -> "int";
            case "int64", "sint64", "sfixed64", "uint64", "fixed64" -> "long";
            case "float", "double", "bool", "string", "bytes" -> protoType.equals("bool") ? "boolean" : protoType;
            default -> protoType;
        };
    }

    private static String wellKnown(String fullName) {
        return switch (fullName) {
            case "google.protobuf.Timestamp" -> "timestamp-millis";
            case "google.protobuf.Duration" -> "duration";
            case "google.protobuf.StringValue" -> "string";
            case "google.protobuf.BytesValue" -> "bytes";
            case "google.protobuf.BoolValue" -> "boolean";
            case "google.protobuf.Int32Value", "google.protobuf.UInt32Value" -> "int";
            case "google.protobuf.Int64Value", "google.protobuf.UInt64Value" -> "long";
            case "google.protobuf.FloatValue" -> "float";
            case "google.protobuf.DoubleValue" -> "double";
            default -> null;
        };
    }
}
