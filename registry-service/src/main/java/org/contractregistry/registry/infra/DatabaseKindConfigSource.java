package org.contractregistry.registry.infra;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Chooses the database at run time from {@code REGISTRY_DB_KIND} ({@code h2} or {@code postgresql}) or, when that is
 * unset, from whether {@code REGISTRY_DB_URL} is a PostgreSQL URL. Publishes {@code registry.db.h2-active} and
 * {@code registry.db.pg-active}, which application.properties binds to the datasources' {@code .active} switches.
 * System properties ({@code -Dregistry.db.kind}, {@code -DREGISTRY_DB_URL}) win over environment variables.
 */
public final class DatabaseKindConfigSource implements ConfigSource {
    static final String H2_ACTIVE = "registry.db.h2-active";
    static final String PG_ACTIVE = "registry.db.pg-active";

    /** Computed once: system properties and the environment are fixed by the time config is read. */
    private final Map<String, String> properties = compute();

    private static Map<String, String> compute() {
        boolean pg = usesPostgres();
        return Map.of(H2_ACTIVE, Boolean.toString(!pg), PG_ACTIVE, Boolean.toString(pg));
    }

    @Override
    public Map<String, String> getProperties() {
        return properties;
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(H2_ACTIVE, PG_ACTIVE);
    }

    @Override
    public String getValue(String propertyName) {
        return properties.get(propertyName);
    }

    @Override
    public String getName() {
        return "registry-database-kind";
    }

    @Override
    public int getOrdinal() {
        return 50;
    }

    static boolean usesPostgres() {
        String kind = setting("registry.db.kind", "REGISTRY_DB_KIND");
        if (kind != null && !kind.isBlank()) {
            String normal = kind.trim().toLowerCase(Locale.ROOT);
            return normal.equals("postgresql") || normal.equals("postgres") || normal.equals("pg");
        }
        String url = setting("REGISTRY_DB_URL", "REGISTRY_DB_URL");
        return url != null && url.trim().startsWith("jdbc:postgresql:");
    }

    private static String setting(String property, String env) {
        String value = System.getProperty(property);
        return value != null ? value : System.getenv(env);
    }
}
