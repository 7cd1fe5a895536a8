package org.contractregistry.registry.domain;

/**
 * A version as written in a URL: an integer in [1, 2^31-1], or {@code latest} / {@code -1}. Anything else is 42202.
 *
 * @param number the version, or 0 for latest
 */
public record VersionSpec(int number) {
    public static final VersionSpec LATEST = new VersionSpec(0);

    public static VersionSpec parse(String raw) {
        if (raw == null) {
            throw invalid("null");
        }
        if (raw.equalsIgnoreCase("latest") || raw.equals("-1")) {
            return LATEST;
        }
        try {
            int number = Integer.parseInt(raw); // as written: "latest\u0000" or " 1" is no version
            if (number >= 1) {
                return new VersionSpec(number);
            }
        } catch (NumberFormatException e) {
            // fall through to the error
        }
        throw invalid(raw);
    }

    public boolean isLatest() {
        return number == 0;
    }

    private static RegistryException invalid(String raw) {
        return new RegistryException(ErrorCode.INVALID_VERSION,
                "The specified version '" + raw + "' is not a valid version id. Allowed values are between "
                        + "[1, 2^31-1] and the string \"latest\"");
    }

    @Override
    public String toString() {
        return isLatest() ? "latest" : Integer.toString(number);
    }
}
