package org.contractregistry.lineage.ids;

/** The one place where a name's validity is decided. */
final class Names {
    private Names() {}

    static String require(String value, String what, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidIdException(what + " must not be blank");
        }
        if (value.length() > maxLength) {
            throw new InvalidIdException(what + " is longer than " + maxLength + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new InvalidIdException(what + " must not contain control characters");
            }
        }
        return value;
    }
}
