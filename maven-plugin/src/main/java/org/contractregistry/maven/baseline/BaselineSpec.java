package org.contractregistry.maven.baseline;

import java.util.Optional;

/** What the candidate schemas are judged against, as written in {@code <baseline>}. */
public sealed interface BaselineSpec {

    /** The subject's registered versions and level, fetched from the registry. */
    record Registry() implements BaselineSpec {
        @Override
        public String describe() {
            return "registry";
        }
    }

    /** The same files at a git ref, e.g. {@code origin/main}. */
    record Git(String ref) implements BaselineSpec {
        @Override
        public String describe() {
            return "git:" + ref;
        }
    }

    /** A folder of earlier versions. */
    record Dir(String path) implements BaselineSpec {
        @Override
        public String describe() {
            return "dir:" + path;
        }
    }

    String describe();

    /** {@code registry}, {@code git:<ref>} or {@code dir:<path>}; anything else is empty. */
    static Optional<BaselineSpec> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String trimmed = value.trim();
        if (trimmed.equalsIgnoreCase("registry")) {
            return Optional.of(new Registry());
        }
        if (trimmed.startsWith("git:") && trimmed.length() > 4) {
            return Optional.of(new Git(trimmed.substring(4)));
        }
        if (trimmed.startsWith("dir:") && trimmed.length() > 4) {
            return Optional.of(new Dir(trimmed.substring(4)));
        }
        return Optional.empty();
    }
}
