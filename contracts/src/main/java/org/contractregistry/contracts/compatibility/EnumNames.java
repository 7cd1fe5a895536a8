package org.contractregistry.contracts.compatibility;

import java.util.Locale;
import java.util.Optional;

/** Case-insensitive look-up of an enum constant by name, as the Confluent API accepts level and mode names. */
final class EnumNames {
    private EnumNames() {}

    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
