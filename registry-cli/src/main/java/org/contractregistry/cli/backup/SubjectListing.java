package org.contractregistry.cli.backup;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/** Every context and every subject of a registry, soft-deleted subjects included, whichever registry it is. */
final class SubjectListing {
    private SubjectListing() {}

    /** The contexts; {@code ["."]} where the registry has no contexts API. */
    static List<String> contexts(RegistryClient registry) {
        List<String> contexts = new ArrayList<>();
        registry.find("/contexts").ifPresent(list -> list.forEach(c -> {
            String context = unwrapped(c.asText());
            if (!contexts.contains(context)) {
                contexts.add(context);
            }
        }));
        if (!contexts.contains(".")) {
            contexts.add(0, ".");
        }
        return contexts;
    }

    /** Apicurio lists the default context as {@code :.:}, Confluent as {@code .}. */
    private static String unwrapped(String context) {
        return context.length() > 2 && context.startsWith(":") && context.endsWith(":")
                ? context.substring(1, context.length() - 1) : context;
    }

    /**
     * The subjects of every context, qualified outside the default one ({@code :.ctx:name}), in name order. Asked per
     * context, since registries differ on what an unfiltered listing covers.
     */
    static SortedSet<String> subjects(RegistryClient registry, List<String> contexts) {
        SortedSet<String> subjects = new TreeSet<>();
        for (String context : contexts) {
            String path = ".".equals(context) ? "/subjects?deleted=true"
                    : "/subjects?deleted=true&subjectPrefix=" + RegistryClient.param(":" + context + ":");
            JsonNode list = registry.get(path);
            list.forEach(s -> subjects.add(s.asText()));
        }
        return subjects;
    }
}
