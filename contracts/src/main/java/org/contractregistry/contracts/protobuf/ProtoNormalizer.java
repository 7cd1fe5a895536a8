package org.contractregistry.contracts.protobuf;

import com.squareup.wire.schema.Field;
import com.squareup.wire.schema.MessageType;
import com.squareup.wire.schema.ProtoType;
import com.squareup.wire.schema.Schema;
import com.squareup.wire.schema.Type;
import com.squareup.wire.schema.internal.parser.EnumConstantElement;
import com.squareup.wire.schema.internal.parser.EnumElement;
import com.squareup.wire.schema.internal.parser.FieldElement;
import com.squareup.wire.schema.internal.parser.MessageElement;
import com.squareup.wire.schema.internal.parser.OneOfElement;
import com.squareup.wire.schema.internal.parser.OptionElement;
import com.squareup.wire.schema.internal.parser.ProtoFileElement;
import com.squareup.wire.schema.internal.parser.RpcElement;
import com.squareup.wire.schema.internal.parser.ServiceElement;
import com.squareup.wire.schema.internal.parser.TypeElement;
import java.util.Comparator;
import java.util.List;

/**
 * Confluent-style {@code normalize=true}: the same file with imports and options sorted, documentation dropped and
 * every type reference fully qualified; wire's {@code toSchema()} owns the layout.
 */
final class ProtoNormalizer {
    private static final Comparator<OptionElement> BY_OPTION = Comparator.comparing(OptionElement::toSchema);

    private final Schema schema;

    private ProtoNormalizer(Schema schema) {
        this.schema = schema;
    }

    static String normalize(Schema schema, ProtoFileElement file) {
        return new ProtoNormalizer(schema).file(file).toSchema();
    }

    private ProtoFileElement file(ProtoFileElement file) {
        String prefix = file.getPackageName() == null ? "" : file.getPackageName() + ".";
        return new ProtoFileElement(
                file.getLocation(), file.getPackageName(), file.getSyntax(), sorted(file.getImports()),
                sorted(file.getPublicImports()), sorted(file.getWeakImports()),
                file.getTypes().stream().map(t -> type(t, prefix)).toList(),
                file.getServices().stream().map(s -> service(s, prefix)).toList(),
                file.getExtendDeclarations(), options(file.getOptions()));
    }

    private TypeElement type(TypeElement type, String prefix) {
        String fullName = prefix + type.getName();
        if (type instanceof EnumElement enumElement) {
            return new EnumElement(
                    enumElement.getLocation(), enumElement.getName(), "", options(enumElement.getOptions()),
                    enumElement.getConstants().stream().map(ProtoNormalizer::constant).toList(),
                    enumElement.getReserveds());
        }
        MessageElement message = (MessageElement) type;
        Type linked = schema.getType(fullName);
        MessageType messageType = linked instanceof MessageType m ? m : null;
        return new MessageElement(
                message.getLocation(), message.getName(), "",
                message.getNestedTypes().stream().map(t -> type(t, fullName + ".")).toList(),
                options(message.getOptions()), message.getReserveds(),
                message.getFields().stream().map(f -> field(f, messageType)).toList(),
                message.getOneOfs().stream().map(o -> oneOf(o, messageType)).toList(),
                message.getExtensions(), message.getGroups(), message.getExtendDeclarations());
    }

    private OneOfElement oneOf(OneOfElement oneOf, MessageType messageType) {
        return new OneOfElement(
                oneOf.getName(), "", oneOf.getFields().stream().map(f -> field(f, messageType)).toList(),
                oneOf.getGroups(), options(oneOf.getOptions()), oneOf.getLocation());
    }

    private FieldElement field(FieldElement field, MessageType messageType) {
        String type = field.getType();
        if (messageType != null) {
            Field linked = messageType.field(field.getName());
            if (linked != null) {
                type = qualified(linked.getType());
            }
        }
        return new FieldElement(
                field.getLocation(), field.getLabel(), type, field.getName(), field.getDefaultValue(),
                field.getJsonName(), field.getTag(), "", options(field.getOptions()));
    }

    private static String qualified(ProtoType type) {
        if (type.isMap()) {
            return "map<" + type.getKeyType() + ", " + qualified(type.getValueType()) + ">";
        }
        return type.isScalar() ? type.toString() : "." + type;
    }

    private ServiceElement service(ServiceElement service, String prefix) {
        com.squareup.wire.schema.Service linked = schema.getService(prefix + service.getName());
        return new ServiceElement(
                service.getLocation(), service.getName(), "",
                service.getRpcs().stream().map(rpc -> rpc(rpc, linked)).toList(), options(service.getOptions()));
    }

    private static RpcElement rpc(RpcElement rpc, com.squareup.wire.schema.Service service) {
        var linked = service == null ? null : service.rpc(rpc.getName());
        String request = linked == null ? rpc.getRequestType() : "." + linked.getRequestType();
        String response = linked == null ? rpc.getResponseType() : "." + linked.getResponseType();
        return new RpcElement(
                rpc.getLocation(), rpc.getName(), "", request, response, rpc.getRequestStreaming(),
                rpc.getResponseStreaming(), options(rpc.getOptions()));
    }

    private static EnumConstantElement constant(EnumConstantElement constant) {
        return new EnumConstantElement(
                constant.getLocation(), constant.getName(), constant.getTag(), "", options(constant.getOptions()));
    }

    private static List<OptionElement> options(List<OptionElement> options) {
        return options.stream().sorted(BY_OPTION).toList();
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().sorted().toList();
    }
}
