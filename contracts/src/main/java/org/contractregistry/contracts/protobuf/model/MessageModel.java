package org.contractregistry.contracts.protobuf.model;

import java.util.List;
import java.util.Map;

/**
 * One message. Fields are listed in declaration order (oneof members included, each naming its oneof).
 *
 * @param key the {@link ProtoModel#key} of this message
 * @param fullName package-qualified name
 * @param file the .proto file that declares it
 * @param index position among the file's messages, depth-first
 * @param signature everything rules look at except line numbers: equal signatures never differ in a rule's eyes
 */
public record MessageModel(
        String key,
        String fullName,
        String file,
        String packageName,
        int line,
        int index,
        List<FieldModel> fields,
        FieldIndex fieldsByNumber,
        Map<String, FieldModel> fieldsByName,
        List<OneofModel> oneofs,
        Reservations reserved,
        String signature) {

    public FieldModel field(int number) {
        return fieldsByNumber.get(number);
    }

    public OneofModel oneof(String name) {
        for (OneofModel oneof : oneofs) {
            if (oneof.name().equals(name)) {
                return oneof;
            }
        }
        return null;
    }

    /** The simple (last) segment of the full name. */
    public String simpleName() {
        return fullName.substring(fullName.lastIndexOf('.') + 1);
    }
}
