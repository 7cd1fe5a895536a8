package org.contractregistry.registry.lineage.rest;

import io.vertx.core.http.HttpServerRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Namespaces ({@code kafka://broker:9092}) and dataset names ({@code /data/x.parquet}) contain slashes, which clients
 * send encoded as {@code %2F}. The router decodes the path before matching, so resources match with {@code .+} and
 * then take the real segments from the raw request URI here.
 */
final class RawPath {
    private RawPath() {}

    /**
     * The decoded segments after {@code prefix} when the raw path has exactly {@code count} of them; empty when the
     * client sent unencoded slashes (then the router's values are the best answer).
     */
    static Optional<List<String>> segmentsAfter(HttpServerRequest request, String prefix, int count) {
        return remainder(request, prefix).map(rest -> rest.split("/", -1)).filter(raw -> raw.length == count)
                .map(raw -> java.util.Arrays.stream(raw).map(RawPath::decode).toList());
    }

    /**
     * For a client that did not encode the slashes of a namespace ({@code kafka://host:9092/datasets/orders}): the
     * {namespace, name} pairs the path reads as when split at {@code /<kind>/}, decoded. One pair is the answer; more
     * than one means the path is ambiguous. With {@code name == false} the path ends with {@code /<kind>}.
     */
    static List<String[]> unencodedSplits(HttpServerRequest request, String prefix, String kind, String suffix) {
        Optional<String> rest = remainder(request, prefix).filter(r -> r.endsWith(suffix))
                .map(r -> r.substring(0, r.length() - suffix.length()));
        if (rest.isEmpty()) {
            return List.of();
        }
        String path = rest.get();
        if (suffix.equals("/" + kind)) {
            return path.isEmpty() ? List.of() : List.<String[]>of(new String[] {decode(path), null});
        }
        String boundary = "/" + kind + "/";
        List<String[]> splits = new java.util.ArrayList<>();
        for (int at = path.indexOf(boundary); at > 0; at = path.indexOf(boundary, at + 1)) {
            if (at + boundary.length() < path.length()) {
                splits.add(new String[] {decode(path.substring(0, at)), decode(path.substring(at + boundary.length()))});
            }
        }
        return splits;
    }

    /** The raw (still encoded) path after {@code prefix}. */
    private static Optional<String> remainder(HttpServerRequest request, String prefix) {
        String uri = request.uri();
        int query = uri.indexOf('?');
        String path = query < 0 ? uri : uri.substring(0, query);
        int at = path.indexOf(prefix);
        return at < 0 ? Optional.empty() : Optional.of(path.substring(at + prefix.length()));
    }

    private static String decode(String segment) {
        return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
