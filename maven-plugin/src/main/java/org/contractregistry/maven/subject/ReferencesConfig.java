package org.contractregistry.maven.subject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.codehaus.plexus.configuration.PlexusConfiguration;

/**
 * Reads Confluent's {@code <references>} block: subject elements holding {@code <reference>} elements with
 * {@code name}, {@code subject} and an optional {@code version}. Read from the raw XML because Maven 3.8's configurator
 * cannot fill a map whose values are lists of beans (Confluent ships its own configurator for the same reason).
 */
public final class ReferencesConfig {
    private ReferencesConfig() {}

    /** Subject key (as written, before decoding) to its references, in the order written. */
    public static Map<String, List<Reference>> read(PlexusConfiguration references) {
        Map<String, List<Reference>> bySubject = new LinkedHashMap<>();
        if (references == null) {
            return bySubject;
        }
        for (PlexusConfiguration subject : references.getChildren()) {
            List<Reference> list = new ArrayList<>();
            for (PlexusConfiguration reference : subject.getChildren()) {
                String name = text(reference, "name");
                String referenced = text(reference, "subject");
                if (name == null || referenced == null) {
                    throw new IllegalArgumentException("a reference of " + subject.getName()
                            + " needs <name> and <subject>");
                }
                String version = text(reference, "version");
                list.add(new Reference(name, referenced, version == null ? null : Integer.valueOf(version)));
            }
            bySubject.put(subject.getName(), list);
        }
        return bySubject;
    }

    private static String text(PlexusConfiguration parent, String child) {
        PlexusConfiguration node = parent.getChild(child, false);
        if (node == null || node.getValue() == null || node.getValue().isBlank()) {
            return null;
        }
        return node.getValue().trim();
    }
}
