package org.contractregistry.cli.backup;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A subject with every version, soft-deleted ones included, and the config and mode set on it (not inherited). One
 * line of the backup file: a line that is there whole is a subject exported whole.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubjectEntry(String kind, String subject, JsonNode config, String mode, List<VersionEntry> versions) {
    static final String KIND = "subject";

    public SubjectEntry(String subject, JsonNode config, String mode, List<VersionEntry> versions) {
        this(KIND, subject, config, mode, List.copyOf(versions));
    }

    /** The context of a qualified subject ({@code :.ctx:name} is in {@code .ctx}), {@code "."} by default. */
    public String context() {
        if (subject.startsWith(":.")) {
            int end = subject.indexOf(':', 2);
            if (end > 0) {
                return subject.substring(1, end);
            }
        }
        return ".";
    }
}
