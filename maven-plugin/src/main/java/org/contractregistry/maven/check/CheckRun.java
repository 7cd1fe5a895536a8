package org.contractregistry.maven.check;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.contractregistry.maven.registry.RegistryClient;
import org.contractregistry.maven.registry.RegistryException;
import org.contractregistry.maven.subject.SubjectSpec;

/**
 * Checks every subject, never stopping at the first break, then asks the lineage API (when there is a registry) who
 * reads each broken subject.
 */
public final class CheckRun {
    private final SubjectCheck check;
    private final Optional<RegistryClient> lineage;
    private final Consumer<String> debug;

    public CheckRun(SubjectCheck check, Optional<RegistryClient> lineage, Consumer<String> debug) {
        this.check = check;
        this.lineage = lineage;
        this.debug = debug;
    }

    public CheckSummary run(List<SubjectSpec> specs, String baseline) throws IOException, RegistryException {
        List<SubjectOutcome> outcomes = new ArrayList<>();
        for (SubjectSpec spec : specs) {
            if (spec.referenceOnly()) {
                continue;
            }
            SubjectOutcome outcome = check.check(spec);
            if (outcome.status() == Status.INCOMPATIBLE && lineage.isPresent()) {
                outcome = lineage.get().consumers(spec.subject(), debug).map(outcome::withConsumers).orElse(outcome);
            }
            outcomes.add(outcome);
        }
        return new CheckSummary(baseline, outcomes);
    }
}
