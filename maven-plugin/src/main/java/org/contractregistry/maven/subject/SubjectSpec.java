package org.contractregistry.maven.subject;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.contractregistry.contracts.SchemaType;

/**
 * One subject the build owns: its name, the file that holds its schema, the schema type and what it references.
 *
 * @param file absolute path of the schema file
 * @param referenceOnly true for a file that is only here because another schema imports it: it is registered (before
 *     its referrers) but not judged as a subject of its own
 */
public record SubjectSpec(
        String subject, Path file, SchemaType type, List<Reference> references, boolean referenceOnly) {
    public SubjectSpec {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(type, "type");
        references = references == null ? List.of() : List.copyOf(references);
    }

    public static SubjectSpec of(String subject, Path file, SchemaType type) {
        return new SubjectSpec(subject, file, type, List.of(), false);
    }
}
