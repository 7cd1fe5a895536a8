package org.contractregistry.maven.subject;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;

/** Where a spec's schema text comes from: the working tree, a git ref, a folder of old versions. */
@FunctionalInterface
public interface SpecText {

    /** The text, or empty when the file does not exist there (a new file). */
    Optional<String> read(SubjectSpec spec) throws IOException;

    /** The working tree: the file must exist; an unreadable file is an {@link IOException}. */
    SpecText WORKING_TREE = spec -> Optional.of(Files.readString(spec.file(), StandardCharsets.UTF_8));
}
