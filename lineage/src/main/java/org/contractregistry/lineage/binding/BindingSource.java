package org.contractregistry.lineage.binding;

/** How a dataset came to be bound to a subject, in order of precedence. */
public enum BindingSource {
    /** Bound through the binding API. */
    EXPLICIT,
    /** Matched a configured naming rule. */
    NAMING_RULE,
    /** A Kafka topic, by TopicNameStrategy ({@code <topic>-value}, {@code <topic>-key}). */
    TOPIC_NAME_STRATEGY
}
