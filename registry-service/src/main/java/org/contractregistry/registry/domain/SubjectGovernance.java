package org.contractregistry.registry.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.contractregistry.registry.domain.access.Caller;
import org.contractregistry.registry.domain.access.Role;

/**
 * A subject's governance metadata, read from its latest version's Confluent {@code metadata}, so Confluent clients
 * write and read it unchanged: {@code properties} {@code owner} (team), {@code description}, {@code lifecycle}
 * (draft, active, deprecated), {@code freshness} (an SLA such as {@code PT1H}) and {@code tags} (comma-separated
 * subject tags); per-field sensitivity as Confluent's field {@code tags} ({@code {"tags": {"Order.email": ["PII"]}}}).
 *
 * @param sensitivity field paths per sensitivity level found ({@code PII}, {@code CONFIDENTIAL}), sorted
 */
public record SubjectGovernance(String subject, int version, String owner, String description, String lifecycle,
        String freshness, Set<String> tags, Map<String, Set<String>> sensitivity) {
    public static final String OWNER = "owner";
    public static final String DESCRIPTION = "description";
    public static final String LIFECYCLE = "lifecycle";
    public static final String FRESHNESS = "freshness";
    public static final String TAGS = "tags";
    public static final List<String> LIFECYCLES = List.of("draft", "active", "deprecated");
    public static final List<String> SENSITIVITIES = List.of("PII", "CONFIDENTIAL");

    /** The governance of a subject version with this metadata (null metadata: nothing set). */
    public static SubjectGovernance of(String subject, int version, JsonNode metadata) {
        Set<String> tags = new TreeSet<>();
        String listed = Documents.property(metadata, TAGS);
        if (listed != null) {
            for (String tag : listed.split(",")) {
                if (!tag.isBlank()) {
                    tags.add(tag.trim());
                }
            }
        }
        Map<String, Set<String>> sensitivity = new TreeMap<>();
        JsonNode fieldTags = metadata == null ? null : metadata.path("tags");
        if (fieldTags != null && fieldTags.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = fieldTags.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                for (JsonNode tag : field.getValue()) {
                    String level = tag.asText().toUpperCase(Locale.ROOT);
                    if (SENSITIVITIES.contains(level)) {
                        sensitivity.computeIfAbsent(level, l -> new TreeSet<>()).add(field.getKey());
                    }
                }
            }
        }
        String lifecycle = Documents.property(metadata, LIFECYCLE);
        return new SubjectGovernance(subject, version, Documents.property(metadata, OWNER),
                Documents.property(metadata, DESCRIPTION),
                lifecycle == null ? null : lifecycle.toLowerCase(Locale.ROOT), Documents.property(metadata, FRESHNESS),
                tags, sensitivity);
    }

    public boolean deprecated() {
        return "deprecated".equals(lifecycle);
    }

    /** Whether the caller may force a new version under this deprecated subject: an admin, or its owner team's owner. */
    public boolean mayForce(Caller caller) {
        return caller.has(Role.ADMIN) || (owner != null && owner.equalsIgnoreCase(caller.team())
                && caller.has(Role.OWNER));
    }

    /** 42205 for a new version under a subject deprecated in its latest version, unless its owner forces it. */
    public void requireAcceptsVersions(Caller caller, boolean force) {
        if (deprecated() && !(force && mayForce(caller))) {
            throw RegistryException.notPermitted("Subject '" + subject + "' is deprecated (metadata property"
                    + " lifecycle=deprecated in version " + version + (owner == null ? "" : ", owner team '" + owner
                    + "'") + "): it takes no new versions unless its owner" + (owner == null ? " or an admin" : "")
                    + " registers with force=true");
        }
    }

    /** Which subjects a search wants: each criterion null for any; matched case-insensitively. */
    public record Filter(String owner, String tag, String sensitivity, String lifecycle) {
        public Filter {
            if (sensitivity != null && !SENSITIVITIES.contains(sensitivity.toUpperCase(Locale.ROOT))) {
                throw new RegistryException(ErrorCode.MALFORMED_REQUEST, "Query parameter 'sensitivity' must be one"
                        + " of " + SENSITIVITIES + ", not '" + sensitivity + "'");
            }
            if (lifecycle != null && !LIFECYCLES.contains(lifecycle.toLowerCase(Locale.ROOT))) {
                throw new RegistryException(ErrorCode.MALFORMED_REQUEST, "Query parameter 'lifecycle' must be one"
                        + " of " + LIFECYCLES + ", not '" + lifecycle + "'");
            }
        }

        boolean matches(SubjectGovernance g) {
            return (owner == null || owner.equalsIgnoreCase(g.owner()))
                    && (lifecycle == null || lifecycle.equalsIgnoreCase(g.lifecycle()))
                    && (sensitivity == null || g.sensitivity().containsKey(sensitivity.toUpperCase(Locale.ROOT)))
                    && (tag == null || g.tags().stream().anyMatch(tag::equalsIgnoreCase));
        }
    }

    /** A page of a search, and the offset of the next (null: last page). */
    public record Page(List<SubjectGovernance> subjects, Integer next) {
    }

    /** The subjects whose latest live version's governance matches, ordered by context and name. */
    public static Page search(SchemaCatalog catalog, Filter filter, int offset, int limit) {
        List<SubjectGovernance> matching = new ArrayList<>();
        for (SubjectVersionView latest : catalog.schemas(org.contractregistry.registry.store.SubjectFilter.ALL, false,
                true)) {
            SubjectGovernance g = of(latest.subject().qualified(), latest.version().version(),
                    latest.schema().metadata());
            if (filter.matches(g)) {
                matching.add(g);
            }
        }
        int from = Math.min(offset, matching.size());
        int to = Math.min(from + limit, matching.size());
        return new Page(List.copyOf(matching.subList(from, to)), to < matching.size() ? to : null);
    }
}
