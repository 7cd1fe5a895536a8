package org.contractregistry.registry.rest;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Confluent's URL form for contexts: {@code /contexts/{ctx}/subjects/{s}/...}, {@code /contexts/{ctx}/config/...},
 * {@code /contexts/{ctx}/mode/...} and {@code /contexts/{ctx}/schemas/...} are the same requests with the subject
 * qualified as {@code :.ctx:s} (or the context scope {@code :.ctx:}), as Confluent's {@code ContextFilter}: a subject
 * already qualified is left alone; on {@code /schemas/ids/...} the {@code subject} the request carries is qualified
 * (or {@code subject=:.ctx:} added), on {@code /subjects} and {@code /schemas} every {@code subjectPrefix} (or
 * {@code subjectPrefix=:.ctx:} added), so a client configured with a context base URL reads that context.
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
        List<String[]> query = parameters(uri.getRawQuery());
        String prefix = ":" + context + ":";
        String path;
        if (group.equals("schemas")) {
            path = "/schemas" + (first == null ? "" : "/" + first) + rest;
            if (first == null || first.isEmpty()) {
                qualifyEvery(query, "subjectPrefix", prefix);
            } else if (first.equals("ids")) {
                qualifyFirst(query, "subject", prefix);
            }
        } else if (first == null || first.isEmpty()) {
            path = "/" + group + (group.equals("subjects") ? "" : "/" + segment(prefix));
            if (group.equals("subjects")) {
                qualifyEvery(query, "subjectPrefix", prefix);
            }
        } else {
            path = "/" + group + "/" + (qualified(decode(first)) ? "" : segment(prefix)) + first + rest;
        }
        String joined = query.stream().map(p -> p[1] == null ? p[0] : p[0] + "=" + p[1])
                .collect(Collectors.joining("&"));
        return Optional.of(uri.resolve(path + (joined.isEmpty() ? "" : "?" + joined)));
    }

    /** A subject or prefix that names its context ({@code :.ctx:...}) or every context ({@code :*:...}). */
    private static boolean qualified(String subject) {
        return subject.startsWith(":.") || subject.startsWith(":*:");
    }

    /** The raw query as name/value pairs, in order, still percent-encoded; value null for a bare name. */
    private static List<String[]> parameters(String rawQuery) {
        List<String[]> pairs = new ArrayList<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                pairs.add(eq < 0 ? new String[] {pair, null} : new String[] {pair.substring(0, eq),
                        pair.substring(eq + 1)});
            }
        }
        return pairs;
    }

    /**
     * As Confluent's ContextFilter for {@code /schemas/ids/...}: the first {@code name} value (empty when none) in the
     * URL's context unless it names one; one value, in place of every value sent.
     */
    private static void qualifyFirst(List<String[]> query, String name, String prefix) {
        int at = -1;
        for (int i = 0; i < query.size(); i++) {
            if (queryDecode(query.get(i)[0]).equals(name)) {
                if (at < 0) {
                    at = i;
                } else {
                    query.remove(i--);
                }
            }
        }
        String value = at < 0 || query.get(at)[1] == null ? "" : queryDecode(query.get(at)[1]);
        String[] pair = {name, encode(qualified(value) ? value : prefix + value)};
        if (at < 0) {
            query.add(pair);
        } else {
            query.set(at, pair);
        }
    }

    /** As Confluent's ContextFilter for listings: every {@code name} value in the URL's context (one when none). */
    private static void qualifyEvery(List<String[]> query, String name, String prefix) {
        boolean found = false;
        for (String[] pair : query) {
            if (queryDecode(pair[0]).equals(name)) {
                String value = pair[1] == null ? "" : queryDecode(pair[1]);
                pair[1] = encode(qualified(value) ? value : prefix + value);
                found = true;
            }
        }
        if (!found) {
            query.add(new String[] {name, encode(prefix)});
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A query name or value decoded ({@code +} is a space there). */
    private static String queryDecode(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            return raw; // not reached: Quarkus answers 400 to a URI with a broken escape before any filter
        }
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
