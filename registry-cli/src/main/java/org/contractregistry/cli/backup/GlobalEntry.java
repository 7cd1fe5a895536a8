package org.contractregistry.cli.backup;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The registry-wide settings and the contexts, the backup file's second line. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GlobalEntry(String kind, JsonNode config, String mode, List<String> contexts) {
    static final String KIND = "global";

    public GlobalEntry(JsonNode config, String mode, List<String> contexts) {
        this(KIND, config, mode, List.copyOf(contexts));
    }
}
