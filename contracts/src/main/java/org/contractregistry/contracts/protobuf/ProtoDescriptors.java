package org.contractregistry.contracts.protobuf;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.EnumDescriptorProto;
import com.google.protobuf.DescriptorProtos.EnumValueDescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.MessageOptions;
import com.google.protobuf.DescriptorProtos.MethodDescriptorProto;
import com.google.protobuf.DescriptorProtos.OneofDescriptorProto;
import com.google.protobuf.DescriptorProtos.ServiceDescriptorProto;
import com.google.protobuf.Descriptors.DescriptorValidationException;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.squareup.wire.Syntax;
import com.squareup.wire.schema.EnumConstant;
import com.squareup.wire.schema.EnumType;
import com.squareup.wire.schema.Field;
import com.squareup.wire.schema.MessageType;
import com.squareup.wire.schema.OneOf;
import com.squareup.wire.schema.ProtoFile;
import com.squareup.wire.schema.ProtoType;
import com.squareup.wire.schema.Rpc;
import com.squareup.wire.schema.Schema;
import com.squareup.wire.schema.Service;
import com.squareup.wire.schema.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts wire's linked files to protobuf-java {@link FileDescriptor}s (imports first). The well-known types come
 * from protobuf-java itself, so a {@code google.protobuf.Timestamp} field is the real one.
 */
public final class ProtoDescriptors {
    private static final Map<String, FileDescriptor> WELL_KNOWN = Map.ofEntries(
            Map.entry("google/protobuf/any.proto", com.google.protobuf.AnyProto.getDescriptor()),
            Map.entry("google/protobuf/api.proto", com.google.protobuf.ApiProto.getDescriptor()),
            Map.entry("google/protobuf/descriptor.proto", com.google.protobuf.DescriptorProtos.getDescriptor()),
            Map.entry("google/protobuf/duration.proto", com.google.protobuf.DurationProto.getDescriptor()),
            Map.entry("google/protobuf/empty.proto", com.google.protobuf.EmptyProto.getDescriptor()),
            Map.entry("google/protobuf/field_mask.proto", com.google.protobuf.FieldMaskProto.getDescriptor()),
            Map.entry("google/protobuf/source_context.proto",
                    com.google.protobuf.SourceContextProto.getDescriptor()),
            Map.entry("google/protobuf/struct.proto", com.google.protobuf.StructProto.getDescriptor()),
            Map.entry("google/protobuf/timestamp.proto", com.google.protobuf.TimestampProto.getDescriptor()),
            Map.entry("google/protobuf/type.proto", com.google.protobuf.TypeProto.getDescriptor()),
            Map.entry("google/protobuf/wrappers.proto", com.google.protobuf.WrappersProto.getDescriptor()));

    private final Schema schema;
    private final Map<String, FileDescriptor> built = new HashMap<>(WELL_KNOWN);

    private ProtoDescriptors(Schema schema) {
        this.schema = schema;
    }

    /** The descriptor of {@code path} in the linked schema, with every import built first. */
    public static FileDescriptor fileDescriptor(Schema schema, String path) {
        return new ProtoDescriptors(schema).build(path);
    }

    private FileDescriptor build(String path) {
        FileDescriptor done = built.get(path);
        if (done != null) {
            return done;
        }
        ProtoFile file = schema.protoFile(path);
        if (file == null) {
            throw new IllegalArgumentException("no file " + path + " in the schema");
        }
        List<String> imports = new ArrayList<>(file.getImports());
        imports.addAll(file.getPublicImports());
        FileDescriptor[] dependencies = imports.stream().map(this::build).toArray(FileDescriptor[]::new);
        try {
            FileDescriptor descriptor = FileDescriptor.buildFrom(toProto(file, imports), dependencies);
            built.put(path, descriptor);
            return descriptor;
        } catch (DescriptorValidationException e) {
            throw new IllegalStateException("cannot build a descriptor for " + path + ": " + e.getMessage(), e);
        }
    }

    /** The {@link FileDescriptorProto} of one linked file. */
    public static FileDescriptorProto toProto(ProtoFile file, List<String> imports) {
        FileDescriptorProto.Builder proto = FileDescriptorProto.newBuilder().setName(file.getLocation().getPath());
        if (file.getPackageName() != null) {
            proto.setPackage(file.getPackageName());
        }
        boolean proto3 = file.getSyntax() == Syntax.PROTO_3;
        proto.setSyntax(proto3 ? "proto3" : "proto2");
        proto.addAllDependency(imports);
        for (int i = 0; i < imports.size(); i++) {
            if (file.getPublicImports().contains(imports.get(i))) {
                proto.addPublicDependency(i);
            }
        }
        for (Type type : file.getTypes()) {
            if (type instanceof MessageType message) {
                proto.addMessageType(message(message, proto3));
            } else if (type instanceof EnumType enumType) {
                proto.addEnumType(enumType(enumType));
            }
        }
        for (Service service : file.getServices()) {
            proto.addService(service(service));
        }
        return proto.build();
    }

    private static DescriptorProto message(MessageType message, boolean proto3) {
        DescriptorProto.Builder proto = DescriptorProto.newBuilder().setName(message.getName());
        for (Type nested : message.getNestedTypes()) {
            if (nested instanceof MessageType nestedMessage) {
                proto.addNestedType(message(nestedMessage, proto3));
            } else if (nested instanceof EnumType nestedEnum) {
                proto.addEnumType(enumType(nestedEnum));
            }
        }
        for (Field field : message.getDeclaredFields()) {
            FieldDescriptorProto.Builder builder = field(field, proto, message.getType().toString(), proto3);
            if (proto3 && field.getLabel() == Field.Label.OPTIONAL) {
                builder.setProto3Optional(true).setOneofIndex(-1);
            }
            proto.addField(builder);
        }
        for (OneOf oneOf : message.getOneOfs()) {
            int index = proto.getOneofDeclCount();
            proto.addOneofDecl(OneofDescriptorProto.newBuilder().setName(oneOf.getName()));
            for (Field field : oneOf.getFields()) {
                proto.addField(field(field, proto, message.getType().toString(), proto3).setOneofIndex(index));
            }
        }
        addSyntheticOneofs(proto);
        for (var reserved : message.toElement().getReserveds()) {
            for (Object value : reserved.getValues()) {
                if (value instanceof Integer number) {
                    proto.addReservedRange(DescriptorProto.ReservedRange.newBuilder()
                            .setStart(number).setEnd(number + 1));
                } else if (value instanceof kotlin.ranges.IntRange range) {
                    proto.addReservedRange(DescriptorProto.ReservedRange.newBuilder()
                            .setStart(range.getFirst()).setEnd(Math.min(range.getLast(), 536_870_911) + 1));
                } else if (value instanceof String name) {
                    proto.addReservedName(name);
                }
            }
        }
        return proto.build();
    }

    /** proto3 {@code optional} fields each get a synthetic oneof, declared after the real ones. */
    private static void addSyntheticOneofs(DescriptorProto.Builder proto) {
        for (FieldDescriptorProto.Builder field : proto.getFieldBuilderList()) {
            if (field.getProto3Optional()) {
                field.setOneofIndex(proto.getOneofDeclCount());
                proto.addOneofDecl(OneofDescriptorProto.newBuilder().setName("_" + field.getName()));
            }
        }
    }

    private static FieldDescriptorProto.Builder field(
            Field field, DescriptorProto.Builder owner, String ownerName, boolean proto3) {
        FieldDescriptorProto.Builder proto = FieldDescriptorProto.newBuilder()
                .setName(field.getName()).setNumber(field.getTag()).setJsonName(field.getJsonName());
        ProtoType type = field.getType();
        if (type.isMap()) {
            String entryName = mapEntryName(field.getName());
            owner.addNestedType(DescriptorProto.newBuilder()
                    .setName(entryName)
                    .setOptions(MessageOptions.newBuilder().setMapEntry(true))
                    .addField(typed(FieldDescriptorProto.newBuilder().setName("key").setNumber(1).setJsonName("key")
                            .setLabel(FieldDescriptorProto.Label.LABEL_OPTIONAL), type.getKeyType()))
                    .addField(typed(FieldDescriptorProto.newBuilder().setName("value").setNumber(2)
                            .setJsonName("value").setLabel(FieldDescriptorProto.Label.LABEL_OPTIONAL),
                            type.getValueType())));
            return proto.setLabel(FieldDescriptorProto.Label.LABEL_REPEATED)
                    .setType(FieldDescriptorProto.Type.TYPE_MESSAGE)
                    .setTypeName("." + ownerName + "." + entryName);
        }
        proto.setLabel(field.getLabel() == Field.Label.REPEATED ? FieldDescriptorProto.Label.LABEL_REPEATED
                : field.getLabel() == Field.Label.REQUIRED ? FieldDescriptorProto.Label.LABEL_REQUIRED
                : FieldDescriptorProto.Label.LABEL_OPTIONAL);
        if (field.getDefault() != null && !proto3) {
            proto.setDefaultValue(unquote(field.getDefault()));
        }
        if (field.isPacked()) {
            proto.setOptions(com.google.protobuf.DescriptorProtos.FieldOptions.newBuilder().setPacked(true));
        }
        return typed(proto, type);
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }

    private static String mapEntryName(String fieldName) {
        return ProtoDescriptorText.camelCase(fieldName, true) + "Entry";
    }

    private static FieldDescriptorProto.Builder typed(FieldDescriptorProto.Builder proto, ProtoType type) {
        if (type.isScalar()) {
            return proto.setType(FieldDescriptorProto.Type.valueOf("TYPE_" + type.toString().toUpperCase()));
        }
        return proto.setTypeName("." + type);
    }

    private static EnumDescriptorProto enumType(EnumType enumType) {
        EnumDescriptorProto.Builder proto = EnumDescriptorProto.newBuilder().setName(enumType.getName());
        for (EnumConstant constant : enumType.getConstants()) {
            proto.addValue(EnumValueDescriptorProto.newBuilder()
                    .setName(constant.getName()).setNumber(constant.getTag()));
        }
        if (enumType.allowAlias()) {
            proto.setOptions(com.google.protobuf.DescriptorProtos.EnumOptions.newBuilder().setAllowAlias(true));
        }
        return proto.build();
    }

    private static ServiceDescriptorProto service(Service service) {
        ServiceDescriptorProto.Builder proto = ServiceDescriptorProto.newBuilder().setName(service.name());
        for (Rpc rpc : service.rpcs()) {
            proto.addMethod(MethodDescriptorProto.newBuilder()
                    .setName(rpc.getName())
                    .setInputType("." + rpc.getRequestType())
                    .setOutputType("." + rpc.getResponseType())
                    .setClientStreaming(rpc.getRequestStreaming())
                    .setServerStreaming(rpc.getResponseStreaming()));
        }
        return proto.build();
    }
}
