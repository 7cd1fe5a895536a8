package org.contractregistry.maven.check;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.contractregistry.contracts.Contracts;
import org.contractregistry.contracts.ParseResult;
import org.contractregistry.contracts.SchemaSource;
import org.contractregistry.maven.registry.RegistryException;
import org.contractregistry.maven.subject.RemoteSchemas;
import org.contractregistry.maven.subject.SourceAssembler;
import org.contractregistry.maven.subject.SpecText;
import org.contractregistry.maven.subject.SubjectSpec;

/** Parses every schema with its references from local files only; no registry. */
public final class SchemaValidation {

    /** {@code file:line:col: message}, as compilers print it. */
    public record Problem(String subject, String file, int line, int column, String message) {
        public String describe() {
            return file + (line > 0 ? ":" + line + ":" + column : "") + ": " + subject + ": " + message;
        }
    }

    private SchemaValidation() {}

    /** @param projectDir files are named relative to it in problems */
    public static List<Problem> validate(List<SubjectSpec> specs, java.nio.file.Path projectDir) throws IOException {
        SourceAssembler local = new SourceAssembler(specs, SpecText.WORKING_TREE, RemoteSchemas.NONE);
        List<Problem> problems = new ArrayList<>();
        for (SubjectSpec spec : specs) {
            String file = relative(projectDir, spec.file());
            Optional<SchemaSource> source;
            try {
                source = local.assemble(spec);
            } catch (RegistryException e) {
                problems.add(new Problem(spec.subject(), file, 0, 0,
                        e.getMessage() + " (validate resolves references from local files only)"));
                continue;
            }
            if (source.isEmpty()) {
                problems.add(new Problem(spec.subject(), file, 0, 0, "file does not exist"));
                continue;
            }
            if (Contracts.parse(source.get()) instanceof ParseResult.Invalid invalid) {
                problems.add(new Problem(spec.subject(), file, invalid.problem().line(),
                        invalid.problem().column(), invalid.problem().message()));
            }
        }
        return problems;
    }

    private static String relative(java.nio.file.Path projectDir, java.nio.file.Path file) {
        java.nio.file.Path base = projectDir.toAbsolutePath().normalize();
        java.nio.file.Path absolute = file.toAbsolutePath().normalize();
        return (absolute.startsWith(base) ? base.relativize(absolute) : absolute).toString().replace('\\', '/');
    }
}
