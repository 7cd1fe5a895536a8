package org.contractregistry.registry.lineage;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** Lineage configuration ({@code lineage.*}). */
@ConfigMapping(prefix = "lineage")
public interface LineageSettings {

    /** Largest accepted event, in characters of JSON (the HTTP body limit registry.max-request-bytes applies too). */
    @WithDefault("1048576")
    int maxEventChars();

    /** Largest accepted single facet, in characters of JSON; a bigger one refuses the whole event (413). */
    @WithDefault("262144")
    int maxFacetChars();

    /**
     * Dataset -> subject naming rules, {@code <namespace regex>|<name regex>|<subject template>}, tried in order after
     * explicit bindings and before Kafka's TopicNameStrategy (see lineage/README.md).
     */
    Optional<List<String>> namingRules();

    /** How long (ms) the latest version of a subject is reused for events before asking the store again. */
    @WithDefault("1000")
    long contractCacheMillis();

    /**
     * How long (ms) ingestion reuses an explicit dataset binding before reading it again. Changes through this
     * instance apply at once; changes through another instance apply at the latest after this delay.
     */
    @WithDefault("1000")
    long bindingCacheMillis();
}
