package org.contractregistry.registry.rest;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Confluent's URL form for contexts: {@code /contexts/{ctx}/subjects/{s}/...}, {@code /contexts/{ctx}/config/...},
 * {@code /contexts/{ctx}/mode/...} and {@code /contexts/{ctx}/schemas/...} are the same requests with the subject
 * qualified as {@code :.ctx:s} (or the context scope {@code :.ctx:}).
 */
final class ContextPaths {
    private static final Pattern CONTEXT_PATH =
            Pattern.compile("^/contexts/([^/]+)/(subjects|config|mode|schemas)(?:/([^/]*))?(/.*)?$");

    private ContextPaths() {}

    /** False when {@link #rewrite} surely leaves the request alone: its (decoded) path is not under /contexts/. */
    static boolean mayRewrite(String path) {
        return path.startsWith("/contexts/");
    }

    static Optional<URI> rewrite(URI uri) {
        Matcher m = CONTEXT_PATH.matcher(uri.getRawPath());
        if (!m.matches()) {
            return Optional.empty();
        }
        String context = m.group(1).startsWith(".") ? m.group(1) : "." + m.group(1);
        String group = m.group(2);
        String first = m.group(3);
        String rest = m.group(4) == null ? "" : m.group(4);
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        String prefix = ":" + context + ":";
        String path;
        if (group.equals("schemas")) {
            path = "/schemas" + (first == null ? "" : "/" + first) + rest;
            query = join(query, (first == null ? "subjectPrefix=" : "subject=") + encode(prefix));
        } else if (first == null || first.isEmpty()) {
            path = "/" + group + (group.equals("subjects") ? "" : "/" + prefix);
            if (group.equals("subjects")) {
                query = join(query, "subjectPrefix=" + encode(prefix));
            }
        } else {
            path = "/" + group + "/" + prefix + first + rest;
        }
        return Optional.of(uri.resolve(path + (query.isEmpty() ? "" : "?" + query)));
    }

    private static String join(String query, String parameter) {
        return query.isEmpty() ? parameter : query + "&" + parameter;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
