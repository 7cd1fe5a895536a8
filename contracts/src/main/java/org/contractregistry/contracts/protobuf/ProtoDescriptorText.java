package org.contractregistry.contracts.protobuf;

import com.google.protobuf.ByteString;
import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.EnumDescriptorProto;
import com.google.protobuf.DescriptorProtos.EnumValueDescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.MethodDescriptorProto;
import com.google.protobuf.DescriptorProtos.ServiceDescriptorProto;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Confluent's alternative Protobuf input: a base64 {@code FileDescriptorProto}, turned back into .proto text so wire
 * parses it like any other file. Types are written fully qualified (leading dot); options are written generically
 * from the options message, so every standard option (java_package, packed, deprecated, ...) survives.
 */
public final class ProtoDescriptorText {
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]+={0,2}");
    private static final int MAX_FIELD_NUMBER = 536_870_911;
    private static final Set<String> SKIPPED_OPTIONS = Set.of("map_entry", "json_name");

    private final StringBuilder out = new StringBuilder();
    private final boolean proto3;

    private ProtoDescriptorText(boolean proto3) {
        this.proto3 = proto3;
    }

    /** The descriptor encoded in {@code text}, when it is base64 of a FileDescriptorProto with a name or a type. */
    public static Optional<FileDescriptorProto> decode(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.length() < 4 || !BASE64.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        try {
            FileDescriptorProto proto = FileDescriptorProto.parseFrom(Base64.getDecoder().decode(trimmed));
            boolean shaped = proto.hasName() || proto.getMessageTypeCount() > 0 || proto.getEnumTypeCount() > 0
                    || proto.getServiceCount() > 0;
            return shaped && proto.getUnknownFields().asMap().isEmpty() ? Optional.of(proto) : Optional.empty();
        } catch (IllegalArgumentException | InvalidProtocolBufferException notADescriptor) {
            return Optional.empty();
        }
    }

    /** {@code text} itself, or the .proto text of the descriptor it encodes. */
    public static String protoText(String text) {
        return decode(text).map(ProtoDescriptorText::toText).orElse(text);
    }

    /** The .proto text of a descriptor. */
    public static String toText(FileDescriptorProto file) {
        boolean proto3 = "proto3".equals(file.getSyntax());
        ProtoDescriptorText writer = new ProtoDescriptorText(proto3);
        writer.file(file);
        return writer.out.toString();
    }

    private void file(FileDescriptorProto file) {
        line(0, "syntax = \"" + (proto3 ? "proto3" : "proto2") + "\";");
        if (file.hasPackage() && !file.getPackage().isEmpty()) {
            line(0, "package " + file.getPackage() + ";");
        }
        for (int i = 0; i < file.getDependencyCount(); i++) {
            String kind = file.getPublicDependencyList().contains(i) ? "public "
                    : file.getWeakDependencyList().contains(i) ? "weak " : "";
            line(0, "import " + kind + quote(file.getDependency(i)) + ";");
        }
        options(0, file.getOptions());
        for (DescriptorProto message : file.getMessageTypeList()) {
            message(0, message);
        }
        for (EnumDescriptorProto enumType : file.getEnumTypeList()) {
            enumType(0, enumType);
        }
        for (ServiceDescriptorProto service : file.getServiceList()) {
            service(service);
        }
        extensions(0, file.getExtensionList());
    }

    private void message(int depth, DescriptorProto message) {
        line(depth, "message " + message.getName() + " {");
        int inner = depth + 1;
        options(inner, message.getOptions());
        Map<String, DescriptorProto> mapEntries = new LinkedHashMap<>();
        for (DescriptorProto nested : message.getNestedTypeList()) {
            if (nested.getOptions().getMapEntry()) {
                mapEntries.put(nested.getName(), nested);
            }
        }
        List<Integer> writtenOneofs = new ArrayList<>();
        for (FieldDescriptorProto field : message.getFieldList()) {
            boolean inOneof = field.hasOneofIndex() && !field.getProto3Optional();
            if (!inOneof) {
                field(inner, field, mapEntries, true);
            } else if (!writtenOneofs.contains(field.getOneofIndex())) {
                int index = field.getOneofIndex();
                writtenOneofs.add(index);
                line(inner, "oneof " + message.getOneofDecl(index).getName() + " {");
                options(inner + 1, message.getOneofDecl(index).getOptions());
                for (FieldDescriptorProto member : message.getFieldList()) {
                    if (member.hasOneofIndex() && member.getOneofIndex() == index && !member.getProto3Optional()) {
                        field(inner + 1, member, mapEntries, false);
                    }
                }
                line(inner, "}");
            }
        }
        if (message.getReservedRangeCount() > 0) {
            line(inner, "reserved " + String.join(", ", message.getReservedRangeList().stream()
                    .map(range -> range(range.getStart(), range.getEnd())).toList()) + ";");
        }
        if (message.getReservedNameCount() > 0) {
            line(inner, "reserved " + String.join(", ", message.getReservedNameList().stream()
                    .map(ProtoDescriptorText::quote).toList()) + ";");
        }
        for (DescriptorProto.ExtensionRange range : message.getExtensionRangeList()) {
            line(inner, "extensions " + range(range.getStart(), range.getEnd()) + ";");
        }
        for (DescriptorProto nested : message.getNestedTypeList()) {
            if (!nested.getOptions().getMapEntry()) {
                message(inner, nested);
            }
        }
        for (EnumDescriptorProto enumType : message.getEnumTypeList()) {
            enumType(inner, enumType);
        }
        extensions(inner, message.getExtensionList());
        line(depth, "}");
    }

    private void field(int depth, FieldDescriptorProto field, Map<String, DescriptorProto> mapEntries, boolean label) {
        DescriptorProto entry = mapEntry(field, mapEntries);
        String type;
        String prefix = "";
        if (entry != null) {
            type = "map<" + type(entry.getField(0)) + ", " + type(entry.getField(1)) + ">";
        } else {
            type = type(field);
            if (label) {
                prefix = label(field);
            }
        }
        List<String> options = new ArrayList<>();
        if (field.hasDefaultValue()) {
            options.add("default = " + defaultValue(field));
        }
        if (field.hasJsonName() && !field.getJsonName().equals(jsonName(field.getName()))) {
            options.add("json_name = " + quote(field.getJsonName()));
        }
        options.addAll(optionAssignments(field.getOptions()));
        String suffix = options.isEmpty() ? "" : " [" + String.join(", ", options) + "]";
        line(depth, prefix + type + " " + field.getName() + " = " + field.getNumber() + suffix + ";");
    }

    private static DescriptorProto mapEntry(FieldDescriptorProto field, Map<String, DescriptorProto> mapEntries) {
        if (field.getLabel() != FieldDescriptorProto.Label.LABEL_REPEATED || !field.hasTypeName()) {
            return null;
        }
        String typeName = field.getTypeName();
        String simple = typeName.substring(typeName.lastIndexOf('.') + 1);
        DescriptorProto entry = mapEntries.get(simple);
        return entry != null && entry.getFieldCount() == 2 ? entry : null;
    }

    private String label(FieldDescriptorProto field) {
        return switch (field.getLabel()) {
            case LABEL_REPEATED -> "repeated ";
            case LABEL_REQUIRED -> "required ";
            default -> !proto3 || field.getProto3Optional() ? "optional " : "";
        };
    }

    private static String type(FieldDescriptorProto field) {
        if (field.hasTypeName() && !field.getTypeName().isEmpty()) {
            return field.getTypeName();
        }
        return field.getType().name().substring("TYPE_".length()).toLowerCase(java.util.Locale.ROOT);
    }

    private static String defaultValue(FieldDescriptorProto field) {
        return switch (field.getType()) {
            case TYPE_STRING -> quote(field.getDefaultValue());
            case TYPE_BYTES -> "\"" + field.getDefaultValue() + "\""; // already C-escaped by protoc
            default -> field.getDefaultValue();
        };
    }

    /** protoc's default JSON name: underscores dropped, the letter after each one upper-cased. */
    static String jsonName(String name) {
        return camelCase(name, false);
    }

    /** protoc's camel case (JSON names, and map entry names with {@code upperFirst}). */
    static String camelCase(String name, boolean upperFirst) {
        StringBuilder json = new StringBuilder();
        boolean upper = upperFirst;
        for (char c : name.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                json.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return json.toString();
    }

    private void enumType(int depth, EnumDescriptorProto enumType) {
        line(depth, "enum " + enumType.getName() + " {");
        options(depth + 1, enumType.getOptions());
        for (EnumValueDescriptorProto value : enumType.getValueList()) {
            List<String> options = optionAssignments(value.getOptions());
            String suffix = options.isEmpty() ? "" : " [" + String.join(", ", options) + "]";
            line(depth + 1, value.getName() + " = " + value.getNumber() + suffix + ";");
        }
        if (enumType.getReservedRangeCount() > 0) { // enum reserved ranges are inclusive
            line(depth + 1, "reserved " + String.join(", ", enumType.getReservedRangeList().stream()
                    .map(range -> range(range.getStart(), range.getEnd() + 1)).toList()) + ";");
        }
        if (enumType.getReservedNameCount() > 0) {
            line(depth + 1, "reserved " + String.join(", ", enumType.getReservedNameList().stream()
                    .map(ProtoDescriptorText::quote).toList()) + ";");
        }
        line(depth, "}");
    }

    private void service(ServiceDescriptorProto service) {
        line(0, "service " + service.getName() + " {");
        options(1, service.getOptions());
        for (MethodDescriptorProto method : service.getMethodList()) {
            String head = "rpc " + method.getName() + " (" + (method.getClientStreaming() ? "stream " : "")
                    + method.getInputType() + ") returns (" + (method.getServerStreaming() ? "stream " : "")
                    + method.getOutputType() + ")";
            List<String> options = optionAssignments(method.getOptions());
            if (options.isEmpty()) {
                line(1, head + ";");
            } else {
                line(1, head + " {");
                options.forEach(option -> line(2, "option " + option + ";"));
                line(1, "}");
            }
        }
        line(0, "}");
    }

    private void extensions(int depth, List<FieldDescriptorProto> extensions) {
        Map<String, List<FieldDescriptorProto>> byExtendee = new LinkedHashMap<>();
        for (FieldDescriptorProto extension : extensions) {
            byExtendee.computeIfAbsent(extension.getExtendee(), k -> new ArrayList<>()).add(extension);
        }
        byExtendee.forEach((extendee, fields) -> {
            line(depth, "extend " + extendee + " {");
            fields.forEach(field -> field(depth + 1, field, Map.of(), true));
            line(depth, "}");
        });
    }

    /** End is exclusive in message ranges. */
    private static String range(int start, int endExclusive) {
        int end = endExclusive - 1;
        if (end == start) {
            return Integer.toString(start);
        }
        return start + " to " + (end >= MAX_FIELD_NUMBER ? "max" : Integer.toString(end));
    }

    private void options(int depth, Message options) {
        optionAssignments(options).forEach(option -> line(depth, "option " + option + ";"));
    }

    /** {@code name = value} for every set, non-skipped field of an options message (repeated ones once per value). */
    private static List<String> optionAssignments(Message options) {
        List<String> assignments = new ArrayList<>();
        for (Map.Entry<FieldDescriptor, Object> entry : options.getAllFields().entrySet()) {
            FieldDescriptor option = entry.getKey();
            if (SKIPPED_OPTIONS.contains(option.getName())
                    || option.getJavaType() == FieldDescriptor.JavaType.MESSAGE) {
                continue;
            }
            String name = option.isExtension() ? "(" + option.getFullName() + ")" : option.getName();
            List<?> values = option.isRepeated() ? (List<?>) entry.getValue() : List.of(entry.getValue());
            for (Object value : values) {
                assignments.add(name + " = " + literal(value));
            }
        }
        return assignments;
    }

    private static String literal(Object value) {
        if (value instanceof String text) {
            return quote(text);
        }
        if (value instanceof ByteString bytes) {
            return quote(bytes.toStringUtf8());
        }
        if (value instanceof EnumValueDescriptor enumValue) {
            return enumValue.getName();
        }
        return String.valueOf(value);
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private void line(int depth, String text) {
        out.append("  ".repeat(depth)).append(text).append('\n');
    }
}
