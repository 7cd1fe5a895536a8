package org.contractregistry.lineage.naming;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.contractregistry.lineage.ids.DatasetId;

/**
 * Where a dataset lives, read from its OpenLineage namespace: {@code kafka://host:port} (name = topic),
 * {@code postgres://host:port} (name = db.schema.table), {@code s3://bucket}, {@code file} (name = path), ...
 *
 * @param scheme lower-case scheme ({@code kafka}, {@code postgres}, {@code s3}, {@code file}); the whole namespace
 *     when it has no scheme
 * @param authority host[:port] or bucket; empty for {@code file} and scheme-less namespaces
 */
public record DatasetLocation(String scheme, String authority, String name) {
    private static final Pattern URI = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*)://([^/]*)(/.*)?$");

    public static DatasetLocation of(DatasetId dataset) {
        String namespace = dataset.namespace().value();
        Matcher uri = URI.matcher(namespace);
        if (uri.matches()) {
            return new DatasetLocation(uri.group(1).toLowerCase(Locale.ROOT), uri.group(2), dataset.name());
        }
        int colon = namespace.indexOf(':');
        String scheme = colon > 0 ? namespace.substring(0, colon) : namespace;
        return new DatasetLocation(scheme.toLowerCase(Locale.ROOT), "", dataset.name());
    }

    /** The topic, when this is a Kafka dataset. */
    public Optional<String> kafkaTopic() {
        return "kafka".equals(scheme) ? Optional.of(name) : Optional.empty();
    }
}
