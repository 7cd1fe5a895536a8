package org.contractregistry.contracts.protobuf.model;

/**
 * One field.
 *
 * @param type a scalar name ({@code int32}, {@code string}...), or the key of a message/enum; for maps the value type
 * @param typeFullName the package-qualified name of a message/enum type (scalar: same as type)
 * @param kind scalar, enum, message or map
 * @param keyType map key scalar, else null
 * @param valueKind for maps, the kind of the value
 * @param cardinality implicit, optional, required, repeated or map
 * @param oneof the real oneof it belongs to, or null (proto3 {@code optional} is not a oneof here)
 * @param explicitLabel whether the field was written with a label keyword ({@code optional/required/repeated})
 */
public record FieldModel(
        String name,
        int number,
        String type,
        String typeFullName,
        TypeKind kind,
        String keyType,
        TypeKind valueKind,
        Cardinality cardinality,
        String oneof,
        String jsonName,
        boolean explicitJsonName,
        boolean explicitLabel,
        int line) {

    public enum TypeKind { SCALAR, ENUM, MESSAGE, MAP }

    public enum Cardinality {
        IMPLICIT, OPTIONAL, REQUIRED, REPEATED, MAP;

        public String word() {
            return switch (this) {
                case IMPLICIT -> "singular";
                case OPTIONAL -> "optional";
                case REQUIRED -> "required";
                case REPEATED -> "repeated";
                case MAP -> "map";
            };
        }
    }

    /** The type as a person writes it: {@code int64}, {@code acme.Customer}, {@code map<string, int32>}. */
    public String typeDisplay() {
        return kind == TypeKind.MAP ? "map<" + keyType + ", " + typeFullName + ">" : typeFullName;
    }

    /** Equal in everything but the line: no field rule can tell the two apart. */
    public boolean sameShape(FieldModel other) {
        return number == other.number && name.equals(other.name) && typeFullName.equals(other.typeFullName)
                && type.equals(other.type) && kind == other.kind && cardinality == other.cardinality
                && explicitLabel == other.explicitLabel && java.util.Objects.equals(oneof, other.oneof)
                && java.util.Objects.equals(keyType, other.keyType) && valueKind == other.valueKind
                && jsonName.equals(other.jsonName);
    }

    public boolean inOneof() {
        return oneof != null;
    }
}
