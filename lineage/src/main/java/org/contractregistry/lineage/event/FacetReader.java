package org.contractregistry.lineage.event;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/** Reads a {@code facets} object into {@link Facets}, refusing non-object facets and facets over the size limit. */
final class FacetReader {
    private final EventLimits limits;

    FacetReader(EventLimits limits) {
        this.limits = limits;
    }

    Facets read(JsonNode facets, String where) {
        if (facets == null || facets.isNull() || facets.isMissingNode()) {
            return Facets.NONE;
        }
        if (!facets.isObject()) {
            throw RejectedEventException.invalid(where + " must be an object");
        }
        TreeMap<String, String> byName = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = facets.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> facet = it.next();
            JsonNode body = facet.getValue();
            if (body.isNull()) {
                continue;
            }
            if (!body.isObject()) {
                throw RejectedEventException.invalid(where + "." + facet.getKey() + " must be an object");
            }
            String json = body.toString();
            if (json.length() > limits.maxFacetChars()) {
                throw new RejectedEventException(new EventProblem(EventProblem.Kind.TOO_LARGE,
                        where + "." + facet.getKey() + " is " + json.length() + " characters, over the facet limit of "
                                + limits.maxFacetChars()));
            }
            byName.put(facet.getKey(), json);
        }
        return new Facets(byName);
    }
}
