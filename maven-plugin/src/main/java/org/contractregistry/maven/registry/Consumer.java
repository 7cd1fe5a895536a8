package org.contractregistry.maven.registry;

/** A job that reads a subject's dataset, as the lineage API reports it. */
public record Consumer(String namespace, String name, String integration, String dataset, String lastRunAt) {

    /** {@code `orders-enricher` (Spark)}. */
    public String describe() {
        return "`" + name + "`" + (integration == null || integration.isBlank() ? "" : " (" + pretty(integration) + ")");
    }

    private static String pretty(String integration) {
        String lower = integration.toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
