package org.contractregistry.registry.ui;

import io.quarkus.qute.TemplateExtension;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.contractregistry.lineage.ids.DatasetId;
import org.contractregistry.lineage.ids.JobId;
import org.contractregistry.lineage.ids.NodeId;

/** Helpers the templates call as {@code {ui:url(x)}}, {@code {ui:time(t)}}, ... */
@TemplateExtension(namespace = "ui")
final class UiExtensions {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private UiExtensions() {}

    /** A query-parameter value. */
    static String url(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String time(Instant instant) {
        return instant == null ? "—" : TIME.format(instant);
    }

    static String millis(long epochMillis) {
        return TIME.format(Instant.ofEpochMilli(epochMillis));
    }

    /** A duration in milliseconds as a person reads it: 850 ms, 12.4 s, 3 min 5 s. */
    static String duration(Long ms) {
        if (ms == null) {
            return "—";
        }
        if (ms < 1000) {
            return ms + " ms";
        }
        if (ms < 60_000) {
            return String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
        }
        return (ms / 60_000) + " min " + (ms % 60_000) / 1000 + " s";
    }

    static String datasetNode(String namespace, String name) {
        return NodeId.of(DatasetId.of(namespace, name)).value();
    }

    static String jobNode(String namespace, String name) {
        return NodeId.of(JobId.of(namespace, name)).value();
    }
}
