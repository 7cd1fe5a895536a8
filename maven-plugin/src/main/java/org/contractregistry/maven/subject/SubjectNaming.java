package org.contractregistry.maven.subject;

import java.util.Locale;
import java.util.Optional;

/**
 * Confluent's subject name strategies, applied to files found by convention. The topic of a file is its base name:
 * {@code orders.avsc} is topic {@code orders}; a base name ending in {@code -key} ({@code orders-key.avsc}) is the key
 * schema of topic {@code orders}.
 */
public enum SubjectNaming {
    /** {@code <topic>-value} or {@code <topic>-key}. The default, as in Confluent's serializers. */
    TOPIC_NAME,
    /** The record's full name ({@code acme.Order}). */
    RECORD_NAME,
    /** {@code <topic>-<record full name>}. */
    TOPIC_RECORD_NAME;

    /**
     * @param baseName the file name without extension
     * @param recordName the schema's main record or message full name, when known
     * @return the subject, or empty when the strategy needs a record name the schema does not have
     */
    public Optional<String> subjectFor(String baseName, Optional<String> recordName) {
        boolean key = baseName.endsWith("-key");
        String topic = stripSuffix(stripSuffix(baseName, "-key"), "-value");
        return switch (this) {
            case TOPIC_NAME -> Optional.of(topic + (key ? "-key" : "-value"));
            case RECORD_NAME -> recordName;
            case TOPIC_RECORD_NAME -> recordName.map(record -> topic + "-" + record);
        };
    }

    /** Accepts Confluent's class-like names too: {@code TopicNameStrategy}, {@code topic_name}, {@code TopicName}. */
    public static Optional<SubjectNaming> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String simple = value.substring(value.lastIndexOf('.') + 1);
        String squashed = stripSuffix(simple, "Strategy").replace("_", "").replace("-", "").toUpperCase(Locale.ROOT);
        for (SubjectNaming naming : values()) {
            if (naming.name().replace("_", "").equals(squashed)) {
                return Optional.of(naming);
            }
        }
        return Optional.empty();
    }

    private static String stripSuffix(String text, String suffix) {
        return text.endsWith(suffix) && text.length() > suffix.length()
                ? text.substring(0, text.length() - suffix.length())
                : text;
    }
}
