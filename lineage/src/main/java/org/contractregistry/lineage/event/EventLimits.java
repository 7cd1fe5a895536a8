package org.contractregistry.lineage.event;

/**
 * Size limits for posted events, in characters of JSON text.
 *
 * @param maxEventChars the whole event
 * @param maxFacetChars any one facet
 */
public record EventLimits(int maxEventChars, int maxFacetChars) {
    public static final EventLimits DEFAULT = new EventLimits(4 * 1024 * 1024, 256 * 1024);

    public EventLimits {
        if (maxEventChars <= 0 || maxFacetChars <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
