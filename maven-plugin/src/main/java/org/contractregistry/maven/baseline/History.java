package org.contractregistry.maven.baseline;

import java.util.List;
import org.contractregistry.contracts.compatibility.CompatibilityLevel;

/**
 * A subject's earlier versions, oldest first, and the level to judge by.
 *
 * @param levelSource where the level came from, for the report: {@code registry}, {@code configuration}, {@code default}
 */
public record History(List<PriorSchema> priors, CompatibilityLevel level, String levelSource) {
    public History {
        priors = List.copyOf(priors);
    }
}
