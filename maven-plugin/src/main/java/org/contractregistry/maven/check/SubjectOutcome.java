package org.contractregistry.maven.check;

import java.util.List;
import java.util.Optional;
import org.contractregistry.contracts.SchemaType;
import org.contractregistry.maven.registry.Consumer;

/**
 * Everything the reports say about one subject.
 *
 * @param level the level judged by, or null when nothing was judged (new or invalid)
 * @param compared the labels of the versions compared with
 * @param consumers the downstream jobs, when the lineage API knows them; empty when unknown
 */
public record SubjectOutcome(
        String subject,
        String file,
        SchemaType type,
        Status status,
        String baseline,
        String level,
        String levelSource,
        List<String> compared,
        List<LocatedFinding> findings,
        List<String> notes,
        Optional<List<Consumer>> consumers) {

    public SubjectOutcome {
        compared = List.copyOf(compared);
        findings = List.copyOf(findings);
        notes = List.copyOf(notes);
    }

    public SubjectOutcome withConsumers(List<Consumer> known) {
        return new SubjectOutcome(subject, file, type, status, baseline, level, levelSource, compared, findings, notes,
                Optional.of(List.copyOf(known)));
    }
}
