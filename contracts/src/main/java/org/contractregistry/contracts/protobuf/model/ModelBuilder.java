package org.contractregistry.contracts.protobuf.model;

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
import com.squareup.wire.schema.internal.parser.ReservedElement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kotlin.ranges.IntRange;
import org.contractregistry.contracts.protobuf.model.FieldModel.Cardinality;
import org.contractregistry.contracts.protobuf.model.FieldModel.TypeKind;

/** Builds a {@link ProtoModel} from wire's linked schema. */
public final class ModelBuilder {
    private final Schema schema;
    private final String mainPackage;
    private final Set<String> mainTypes = new HashSet<>();

    private ModelBuilder(Schema schema, ProtoFile main) {
        this.schema = schema;
        this.mainPackage = main.getPackageName() == null ? "" : main.getPackageName();
        for (Type type : main.typesAndNestedTypes()) {
            mainTypes.add(type.getType().toString());
        }
    }

    public static ProtoModel build(Schema schema, String mainFile) {
        ProtoFile main = schema.protoFile(mainFile);
        return new ModelBuilder(schema, main).model(main);
    }

    private ProtoModel model(ProtoFile main) {
        Map<String, MessageModel> messages = new LinkedHashMap<>();
        Map<String, EnumModel> enums = new LinkedHashMap<>();
        Map<String, ServiceModel> services = new LinkedHashMap<>();
        List<String> mainMessages = new ArrayList<>();
        List<String> mainEnums = new ArrayList<>();
        for (ProtoFile file : schema.getProtoFiles()) {
            String path = file.getLocation().getPath();
            if (path.startsWith("google/protobuf/") || path.startsWith("wire/")) {
                continue;
            }
            boolean isMain = file == main;
            int index = 0;
            for (Type type : file.typesAndNestedTypes()) {
                String key = key(type.getType());
                if (type instanceof MessageType message) {
                    messages.put(key, message(key, message, path, file.getPackageName(), index++));
                    if (isMain) {
                        mainMessages.add(key);
                    }
                } else if (type instanceof EnumType enumType) {
                    enums.put(key, enumModel(key, enumType));
                    if (isMain) {
                        mainEnums.add(key);
                    }
                }
            }
            if (isMain) {
                for (Service service : file.getServices()) {
                    services.put(key(service.type()), service(service));
                }
            }
        }
        String syntax = main.getSyntax() == null ? "proto2" : main.getSyntax().toString();
        return new ProtoModel(
                main.getLocation().getPath(), mainPackage, syntax, Collections.unmodifiableMap(messages),
                List.copyOf(messages.values()),
                List.copyOf(mainMessages), Collections.unmodifiableMap(enums), List.copyOf(mainEnums),
                Collections.unmodifiableMap(services));
    }

    private String key(ProtoType type) {
        String fullName = type.toString();
        return ProtoModel.key(fullName, mainPackage, mainTypes.contains(fullName)).intern();
    }

    private MessageModel message(String key, MessageType message, String file, String pkg, int index) {
        List<FieldModel> fields = new ArrayList<>();
        for (Field field : message.getDeclaredFields()) {
            fields.add(field(field, null));
        }
        List<OneofModel> oneofs = new ArrayList<>();
        for (OneOf oneOf : message.getOneOfs()) {
            List<Integer> numbers = new ArrayList<>();
            for (Field field : oneOf.getFields()) {
                fields.add(field(field, oneOf.getName()));
                numbers.add(field.getTag());
            }
            oneofs.add(new OneofModel(oneOf.getName(), List.copyOf(numbers), oneOf.getLocation().getLine()));
        }
        fields.sort((a, b) -> Integer.compare(a.line(), b.line()));
        Map<String, FieldModel> byName = new HashMap<>();
        for (FieldModel field : fields) {
            byName.put(field.name(), field);
        }
        return new MessageModel(
                key, message.getType().toString(), file, pkg == null ? "" : pkg, message.getLocation().getLine(), index,
                List.copyOf(fields), new FieldIndex(fields), byName, List.copyOf(oneofs),
                reservations(message.toElement().getReserveds()), signature(fields, oneofs, message));
    }

    private static String signature(List<FieldModel> fields, List<OneofModel> oneofs, MessageType message) {
        StringBuilder text = new StringBuilder(message.getType().toString());
        for (FieldModel f : fields) {
            text.append('|').append(f.name()).append(' ').append(f.number()).append(' ').append(f.type())
                    .append(' ').append(f.typeFullName()).append(' ').append(f.kind()).append(' ')
                    .append(f.keyType()).append(' ').append(f.valueKind()).append(' ').append(f.cardinality())
                    .append(' ').append(f.oneof()).append(' ').append(f.jsonName()).append(' ')
                    .append(f.explicitLabel());
        }
        for (OneofModel oneof : oneofs) {
            text.append("|oneof ").append(oneof.name()).append(oneof.memberNumbers());
        }
        // Interned: a message unchanged between two versions then compares with ==.
        return text.append("|reserved ").append(message.toElement().getReserveds()).toString().intern();
    }

    private FieldModel field(Field field, String oneof) {
        ProtoType type = field.getType();
        TypeKind kind;
        String keyType = null;
        TypeKind valueKind = null;
        ProtoType named = type;
        if (type.isMap()) {
            kind = TypeKind.MAP;
            keyType = type.getKeyType().toString();
            named = type.getValueType();
            valueKind = kindOf(named);
        } else {
            kind = kindOf(type);
        }
        String typeName = named.isScalar() ? named.toString() : key(named);
        Field.Label label = field.getLabel();
        Cardinality cardinality;
        if (type.isMap()) {
            cardinality = Cardinality.MAP;
        } else if (label == Field.Label.REPEATED) {
            cardinality = Cardinality.REPEATED;
        } else if (label == Field.Label.REQUIRED) {
            cardinality = Cardinality.REQUIRED;
        } else if (label == Field.Label.OPTIONAL && oneof == null) {
            cardinality = Cardinality.OPTIONAL;
        } else {
            cardinality = Cardinality.IMPLICIT;
        }
        boolean explicitLabel = label == Field.Label.OPTIONAL || label == Field.Label.REQUIRED
                || label == Field.Label.REPEATED;
        // Interned: the same names recur in every version of a subject, so comparing versions is mostly ==.
        return new FieldModel(
                field.getName().intern(), field.getTag(), typeName.intern(), named.toString().intern(), kind,
                keyType == null ? null : keyType.intern(), valueKind, cardinality,
                oneof == null ? null : oneof.intern(), field.getJsonName().intern(),
                field.getDeclaredJsonName() != null, explicitLabel, field.getLocation().getLine());
    }

    private TypeKind kindOf(ProtoType type) {
        if (type.isScalar()) {
            return TypeKind.SCALAR;
        }
        return schema.getType(type) instanceof EnumType ? TypeKind.ENUM : TypeKind.MESSAGE;
    }

    private EnumModel enumModel(String key, EnumType enumType) {
        List<EnumModel.EnumValueModel> values = new ArrayList<>();
        for (EnumConstant constant : enumType.getConstants()) {
            values.add(new EnumModel.EnumValueModel(
                    constant.getName(), constant.getTag(), constant.getLocation().getLine()));
        }
        return new EnumModel(
                key, enumType.getType().toString(), enumType.getLocation().getLine(), List.copyOf(values),
                reservations(enumType.toElement().getReserveds()));
    }

    private ServiceModel service(Service service) {
        List<ServiceModel.RpcModel> rpcs = new ArrayList<>();
        for (Rpc rpc : service.rpcs()) {
            rpcs.add(new ServiceModel.RpcModel(
                    rpc.getName(), rpc.getRequestType().toString(), rpc.getResponseType().toString(),
                    rpc.getRequestStreaming(), rpc.getResponseStreaming(), rpc.getLocation().getLine()));
        }
        return new ServiceModel(key(service.type()), service.type().toString(), service.location().getLine(),
                List.copyOf(rpcs));
    }

    static Reservations reservations(List<ReservedElement> reserveds) {
        if (reserveds.isEmpty()) {
            return Reservations.NONE;
        }
        List<Reservations.Range> ranges = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (ReservedElement reserved : reserveds) {
            for (Object value : reserved.getValues()) {
                if (value instanceof Integer number) {
                    ranges.add(new Reservations.Range(number, number));
                } else if (value instanceof IntRange range) {
                    ranges.add(new Reservations.Range(range.getFirst(), range.getLast()));
                } else if (value instanceof String name) {
                    names.add(name);
                }
            }
        }
        return new Reservations(List.copyOf(ranges), Set.copyOf(names));
    }
}
