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
        String uri = request.uri();
        int query = uri.indexOf('?');
        String path = query < 0 ? uri : uri.substring(0, query);
        int at = path.indexOf(prefix);
        if (at < 0) {
            return Optional.empty();
        }
        String[] raw = path.substring(at + prefix.length()).split("/", -1);
        if (raw.length != count) {
            return Optional.empty();
        }
        return Optional.of(java.util.Arrays.stream(raw)
                .map(s -> URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8)).toList());
    }
}
