package org.contractregistry.registry.rest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.contractregistry.registry.rest.SweepFixtures.Baseline;
import org.contractregistry.registry.rest.SweepHttp.Call;
import org.contractregistry.registry.rest.SweepRoutes.Param;
import org.contractregistry.registry.rest.SweepRoutes.Route;

/**
 * The hostile requests of one route, generated from its parameters and body fields: each changes one input of the
 * route's valid baseline. REFUSED cases must be answered 4xx (with {@code status} when the family fixes it);
 * TOLERATED ones are unusual but valid input (a unicode subject nobody registered) and may succeed, never 5xx. A
 * baseline that writes is never combined with a tolerated change, so nothing the sweep sends may write.
 */
final class SweepCases {

    enum Expect { REFUSED, TOLERATED }

    record Case(String route, String family, Call call, Expect expect, Integer status) {}

    /** Subject and context names no route may accept (42208, or 400 for the dot segments). */
    static final List<String> INVALID_SUBJECTS = List.of(".", "..", "%2E", "%2e%2E", "%00", "%01x", "a%7Fb", "a%0Ab",
            "%0D", "x".repeat(700), "%E6%97%A5".repeat(601), "%3A.ctx", "%3A." + "c".repeat(300) + "%3As", "__GLOBAL",
            "__EMPTY", "%3A.ctx%3A__GLOBAL");
    /** Valid but unusual subject names: nobody registered them, so reads answer 4xx or empty and nothing changes. */
    static final List<String> ODD_SUBJECTS = List.of("%2F", "a%2Fb", "a%2F..%2Fb", "%C3%BC%E6%97%A5", "%F0%9F%98%80",
            "%E2%80%A8", "%20", "%2A", "%3A*%3A", "%3A.%3A", "%3A.odd%3A", "%3A.a%3Ab%3Ac", "%E6%97%A5".repeat(600),
            "%25", "%3Cscript%3E");
    static final List<String> INVALID_VERSIONS = List.of("0", "-2", "-0", "earliest", "99999999999", "2147483648",
            "1.5", "%20", "abc", "0x1", "1e3", "latest%00");
    static final List<String> ODD_VERSIONS = List.of("latest", "LATEST", "-1", "2147483647", "00001");
    static final List<String> INVALID_INTS = List.of("abc", "99999999999", "-2147483649", "1.5", "%20", "0x1", "1e3");
    static final List<String> ODD_INTS = List.of("-1", "0", "2147483647", "-2147483648");
    static final List<String> ODD_NAMES = List.of("%00", "x".repeat(3000), "%2F", "a%2Fb", "%C3%BC", "%2520",
            "00000000-0000-0000-0000-000000000000", "%3A");
    static final List<String> BAD_BOOLEANS = List.of("maybe", "1", "0", "yes", "truee", "%00", "true%20", "t");
    static final List<String> BAD_INTEGERS = List.of("abc", "1.5", "1e3", "99999999999", "-2147483649", "%20", "0x10",
            "");
    static final List<String> ODD_STRINGS = List.of("%00", "%0A", "x".repeat(3000), "%3A.", "%3A.x", "%3A*%3A",
            "%3A.%3A", "..", "%2F", "%E6%97%A5", "%25");
    static final List<String> REFUSED_TYPES = List.of("text/plain", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "garbage", "text/json", "/",
            "application/json/extra");
    static final List<String> TOLERATED_TYPES = List.of("", "application/octet-stream", "*/*",
            "application/json; charset=foo", "application/vnd.schemaregistry.v2+json", "application/json;;;");

    private final SweepFixtures fixtures;
    private final SweepBodies bodies;

    SweepCases(SweepFixtures fixtures) {
        this.fixtures = fixtures;
        this.bodies = new SweepBodies(fixtures);
    }

    /** Every case of a route; {@code methods}: the methods its path template answers. */
    List<Case> of(Route route, Baseline base, Set<String> methods) {
        List<Case> cases = new ArrayList<>();
        String key = route.key();
        Call valid = call(route, base.path(), base.query(), null);
        // 405, or 404 where Quarkus REST routes by the resource classes sharing the path's prefix
        SweepHttp.methods().stream().filter(m -> !methods.contains(m)).limit(2).forEach(m -> cases.add(
                refused(key, "method", new Call(m, valid.pathAndQuery(), null, null, Map.of(), false))));
        if (!key.equals(SweepFixtures.OPENAPI_ROUTE)) {
            cases.add(refused(key, "accept", call(route, base.path(), base.query(), base.body())
                    .withHeader("Accept", "text/html"), 406));
        }
        if (!base.writes()) {
            Map<String, String> unknown = new LinkedHashMap<>(base.query());
            unknown.put("zz%00", "%00");
            unknown.put("offsett", "-1");
            cases.add(tolerated(key, "unknown-query", call(route, base.path(), unknown, base.body())));
        }
        queryCases(route, base, cases);
        pathCases(route, base, cases);
        if (route.body() != null && !key.equals("POST /")) { // the liveness no-op reads a body of any type
            for (String type : REFUSED_TYPES) {
                cases.add(refused(key, "content-type", call(route, base.path(), base.query(), base.body())
                        .withContentType(type), 415));
            }
            if (!base.writes()) {
                for (String type : TOLERATED_TYPES) {
                    cases.add(tolerated(key, "content-type", call(route, base.path(), base.query(), base.body())
                            .withContentType(type)));
                }
            }
        }
        if (route.body() != null) {
            for (SweepBodies.Body body : bodies.of(route, base)) {
                Call call = call(route, base.path(), base.query(), body.text());
                cases.add(new Case(key, body.family(), body.chunked() ? call.withoutLength() : call,
                        body.refused() || base.writes() ? Expect.REFUSED : Expect.TOLERATED, body.status()));
            }
        }
        return cases;
    }

    /** The baseline itself, as sent. */
    Call valid(Route route, Baseline base) {
        return call(route, base.path(), base.query(), base.body());
    }

    private void queryCases(Route route, Baseline base, List<Case> cases) {
        String key = route.key();
        for (Param param : route.query()) {
            List<String> refusedValues = switch (param.type()) {
                case "boolean" -> BAD_BOOLEANS;
                case "integer" -> param.name().equals("offset") ? plus(BAD_INTEGERS, "-1")
                        : param.name().equals("depth") ? plus(BAD_INTEGERS, "0", "101", "-1") : BAD_INTEGERS;
                default -> List.of();
            };
            for (String value : refusedValues) {
                cases.add(refused(key, "query-" + param.type(), call(route, base.path(),
                        with(base.query(), param.name(), value), base.body()), 400));
            }
            if (!refusedValues.isEmpty()) { // the first value is fine, a repeated one is not
                String repeated = param.name() + "=" + (param.type().equals("boolean") ? "true" : "1") + "&"
                        + param.name() + "=" + refusedValues.get(0);
                cases.add(refused(key, "query-repeated", call(route, base.path(), base.body(),
                        "?" + repeated), 400));
            }
            if (param.type().equals("string") && !base.writes()) {
                for (String value : ODD_STRINGS) {
                    cases.add(tolerated(key, "query-string", call(route, base.path(),
                            with(base.query(), param.name(), value), base.body())));
                }
            }
        }
        if (key.equals("DELETE /api/v1/lineage/bindings")) {
            for (String blank : List.of("namespace", "name")) {
                cases.add(refused(key, "query-string", call(route, base.path(), with(base.query(), blank, ""),
                        null), 400));
            }
        }
    }

    private void pathCases(Route route, Baseline base, List<Case> cases) {
        String key = route.key();
        for (Param param : route.path()) {
            List<String> refusedValues;
            List<String> odd;
            switch (param.name()) {
                case "subject", "context" -> {
                    refusedValues = param.name().equals("subject") ? INVALID_SUBJECTS // __GLOBAL is a context name
                            : INVALID_SUBJECTS.stream().filter(s -> !s.startsWith("__")).toList();
                    odd = ODD_SUBJECTS;
                }
                case "version" -> {
                    refusedValues = INVALID_VERSIONS;
                    odd = ODD_VERSIONS;
                }
                case "id" -> {
                    refusedValues = param.type().equals("integer") ? INVALID_INTS : List.of(".", "..");
                    odd = param.type().equals("integer") ? ODD_INTS : ODD_NAMES;
                }
                default -> {
                    refusedValues = List.of(".", "..", "%2E%2E");
                    odd = ODD_NAMES;
                }
            }
            for (String value : refusedValues) {
                cases.add(refused(key, "path-" + param.name(), rawPathCall(route, base, param.name(), value)));
            }
            if (!base.writes()) {
                for (String value : odd) {
                    cases.add(tolerated(key, "path-" + param.name(), rawPathCall(route, base, param.name(), value)));
                }
            }
        }
    }

    private Call rawPathCall(Route route, Baseline base, String name, String rawValue) {
        Map<String, String> encoded = new LinkedHashMap<>();
        base.path().forEach((k, v) -> encoded.put(k, k.equals(name) ? rawValue : encodedPathValue(k, v)));
        return encodedCall(route, encoded, query(base.query()), base.body());
    }

    private Call call(Route route, Map<String, String> path, Map<String, String> query, String body) {
        return call(route, path, body, query(query));
    }

    private Call call(Route route, Map<String, String> path, String body, String queryString) {
        Map<String, String> encoded = new LinkedHashMap<>();
        path.forEach((k, v) -> encoded.put(k, encodedPathValue(k, v)));
        return encodedCall(route, encoded, queryString, body);
    }

    private static Call encodedCall(Route route, Map<String, String> encodedPath, String queryString, String body) {
        String type = route.template().startsWith("/api/v1/") ? "application/json" : MediaTypes.V1_JSON;
        byte[] bytes = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
        return new Call(route.method(), path(route, encodedPath) + queryString, body == null ? null : type, bytes,
                Map.of(), false);
    }

    /** The associations path is a path of several segments; other values are one segment each. */
    private static String encodedPathValue(String name, String value) {
        return name.equals("path") ? value : SweepFixtures.enc(value);
    }

    private static String path(Route route, Map<String, String> encodedValues) {
        String path = route.template();
        for (Map.Entry<String, String> value : encodedValues.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        return path;
    }

    /** Query values here are written raw (already encoded where a case means it). */
    private static String query(Map<String, String> query) {
        return query.isEmpty() ? "" : "?" + query.entrySet().stream()
                .map(e -> e.getKey() + "=" + (e.getValue().contains("%") || e.getValue().isEmpty() ? e.getValue()
                        : SweepFixtures.enc(e.getValue())))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> with(Map<String, String> query, String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(query);
        copy.put(name, value);
        return copy;
    }

    private static List<String> plus(List<String> values, String... more) {
        List<String> all = new ArrayList<>(values);
        all.addAll(List.of(more));
        return all;
    }

    private static Case refused(String route, String family, Call call, Integer status) {
        return new Case(route, family, call, Expect.REFUSED, status);
    }

    private static Case refused(String route, String family, Call call) {
        return refused(route, family, call, null);
    }

    private static Case tolerated(String route, String family, Call call) {
        return new Case(route, family, call, Expect.TOLERATED, null);
    }
}
