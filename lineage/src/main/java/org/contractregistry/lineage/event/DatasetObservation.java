package org.contractregistry.lineage.event;

import java.util.List;
import java.util.Optional;
import org.contractregistry.lineage.ids.DatasetId;

/**
 * A dataset as one event saw it: its facets (dataset facets merged with input/output facets such as
 * {@code dataQualityAssertions} and {@code outputStatistics}) and the schema facet's fields, when there was one.
 */
public record DatasetObservation(DatasetId id, Facets facets, Optional<List<ObservedField>> schema) {
    public DatasetObservation {
        schema = schema.map(List::copyOf);
    }
}
