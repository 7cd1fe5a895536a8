package org.contractregistry.registry.rest;

import java.net.URI;
import java.net.URLDecoder;
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

    /** What a path segment may hold besides letters and digits (RFC 3986 unreserved, sub-delims, ':' and '@'). */
    private static final String SEGMENT_CHARACTERS = "-._~:@!$&'()*+,;=";

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
        String named = decode(m.group(1));
        String context = named.startsWith(".") ? named : "." + named;
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
            path = "/" + group + (group.equals("subjects") ? "" : "/" + segment(prefix));
            if (group.equals("subjects")) {
                query = join(query, "subjectPrefix=" + encode(prefix));
            }
        } else {
            path = "/" + group + "/" + segment(prefix) + first + rest;
        }
        return Optional.of(uri.resolve(path + (query.isEmpty() ? "" : "?" + query)));
    }

    private static String join(String query, String parameter) {
        return query.isEmpty() ? parameter : query + "&" + parameter;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The context as the URL named it, percent-escapes decoded ({@code %2Eprod} is {@code .prod}). */
    private static String decode(String raw) {
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            return raw; // not reached: Quarkus answers 400 to a URI with a broken escape before any filter
        }
    }

    /** A decoded value as one path segment: what RFC 3986 allows in a segment stays, the rest is percent-encoded. */
    private static String segment(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            boolean alphanumeric = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (alphanumeric || SEGMENT_CHARACTERS.indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
