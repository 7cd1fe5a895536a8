package org.contractregistry.lineage.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.contractregistry.lineage.binding.SubjectBinding;
import org.contractregistry.lineage.binding.SubjectResolver;
import org.contractregistry.lineage.drift.DriftChecker;
import org.contractregistry.lineage.drift.DriftFinding;
import org.contractregistry.lineage.event.DatasetObservation;

/**
 * Joins one observed dataset with its contract: the subject it is bound to, the version current at the event's time,
 * and the drift between the observed schema facet and that version.
 */
public final class ContractJoin {
    private final SubjectResolver resolver;
    private final ContractCatalog catalog;

    public ContractJoin(SubjectResolver resolver, ContractCatalog catalog) {
        this.resolver = resolver;
        this.catalog = catalog;
    }

    public Joined join(DatasetObservation observation, Optional<String> explicitSubject, Instant eventTime) {
        List<SubjectBinding> bindings = resolver.subjectsFor(observation.id(), explicitSubject);
        Optional<SubjectBinding> primary = bindings.stream().filter(SubjectBinding::primary).findFirst();
        Optional<ContractVersion> version = primary.flatMap(b -> catalog.versionAt(b.subject(), eventTime));
        List<DriftFinding> drift = version.isEmpty() || observation.schema().isEmpty()
                ? List.of()
                : DriftChecker.compare(version.get().schema().fields(), observation.schema().get());
        return new Joined(primary, version, drift);
    }

    /**
     * @param binding the primary subject, if the dataset maps to one
     * @param version that subject's version at event time, if it had one
     * @param drift empty when there was no version or no schema facet to compare
     */
    public record Joined(Optional<SubjectBinding> binding, Optional<ContractVersion> version, List<DriftFinding> drift) {}
}
