package org.contractregistry.registry.store;

import java.util.Map;
import java.util.Set;
import org.contractregistry.registry.domain.StoredSchema;

/**
 * What a lookup learns about a subject's newest versions in the round trip that reads the subject's state: the schemas
 * among them that could be the draft (their text is one of the draft's forms, or they have references, which an Avro
 * draft may have written inline), and the schema ids that cannot be. A schema's content never changes, so both hold
 * for a schema id whatever was written since. Versions beyond the window are in neither.
 *
 * @param candidates schemas whose text is one of the probed texts or that have references, by id
 * @param ruledOut   ids of schemas that have neither
 */
public record TextProbe(Map<Integer, StoredSchema> candidates, Set<Integer> ruledOut) {
    /** How many of a subject's newest versions (soft-deleted ones included) a probe looks at. */
    public static final int WINDOW = 16;

    /** Nothing known: every schema is read and judged. */
    public static final TextProbe NONE = new TextProbe(Map.of(), Set.of());

    /** A subject's state and the probe read with it. */
    public record Probed(SubjectState state, TextProbe probe) {}
}
