package org.contractregistry.contracts.protobuf.model;

import java.util.List;

/** One enum type; {@code values} in declaration order (the first is the default). */
public record EnumModel(String key, String fullName, int line, List<EnumValueModel> values, Reservations reserved) {

    public EnumValueModel byNumber(int number) {
        for (EnumValueModel value : values) {
            if (value.number() == number) {
                return value;
            }
        }
        return null;
    }

    public EnumValueModel byName(String name) {
        for (EnumValueModel value : values) {
            if (value.name().equals(name)) {
                return value;
            }
        }
        return null;
    }

    public record EnumValueModel(String name, int number, int line) {}
}
