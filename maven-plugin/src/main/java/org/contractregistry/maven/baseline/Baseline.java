package org.contractregistry.maven.baseline;

import java.io.IOException;
import java.util.Optional;
import org.contractregistry.maven.registry.RegistryException;
import org.contractregistry.maven.subject.SubjectSpec;

/** Finds the history a subject is judged against. */
public interface Baseline {

    /** Empty when the baseline has never seen the subject (a new subject or a new file): it passes with a note. */
    Optional<History> history(SubjectSpec spec) throws IOException, RegistryException;

    /** E.g. {@code registry http://localhost:8081}, {@code git:origin/main}. */
    String describe();
}
