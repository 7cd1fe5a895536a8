package org.contractregistry.maven.registry;

import java.util.List;
import java.util.Optional;

/**
 * A job that reads a subject's dataset, as the lineage API reports it.
 *
 * @param owners the teams owning the job, where a binding of a dataset it writes gives one: empty list, owner
 *               unknown; empty optional, a registry that does not report owners
 */
public record Consumer(String namespace, String name, String integration, String dataset, String lastRunAt,
        Optional<List<String>> owners) {

    public Consumer {
        owners = owners.map(List::copyOf);
    }

    /** {@code `orders-enricher` (Spark, owned by payments)}, {@code `notebook` (Spark, owner unknown)}. */
    public String describe() {
        String kind = integration == null || integration.isBlank() ? null : pretty(integration);
        String owner = owners.map(teams -> teams.isEmpty() ? "owner unknown" : "owned by " + String.join(", ", teams))
                .orElse(null);
        String details = kind == null ? owner : owner == null ? kind : kind + ", " + owner;
        return "`" + name + "`" + (details == null ? "" : " (" + details + ")");
    }

    /** The job, once per namespace and name. */
    public String job() {
        return namespace + ":" + name;
    }

    private static String pretty(String integration) {
        String lower = integration.toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
