package org.contractregistry.registry.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The PromQL of deploy/observability: each alert's query (its expression before the threshold) and each panel's. */
final class ObservedExpressions {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    /** {@code <query> <comparison> <number>}, the shape alerts.yml keeps every alert in. */
    private static final Pattern THRESHOLD = Pattern.compile("(?s)^(.*\\S)\\s*(>|<|==|!=|>=|<=)\\s*-?[0-9.]+\\s*$");

    private ObservedExpressions() {}

    static List<String> alertNames(Path rules) throws IOException {
        return new ArrayList<>(alertQueries(rules).keySet());
    }

    /** Alert name to its query, the threshold comparison cut off; fails for an alert of another shape. */
    static Map<String, String> alertQueries(Path rules) throws IOException {
        Map<String, String> queries = new LinkedHashMap<>();
        for (JsonNode group : YAML.readTree(rules.toFile()).get("groups")) {
            for (JsonNode rule : group.get("rules")) {
                String expr = rule.get("expr").asText();
                Matcher matcher = THRESHOLD.matcher(expr);
                if (!matcher.matches()) {
                    throw new IllegalStateException(rule.get("alert") + ": not `<query> <comparison> <number>`: "
                            + expr);
                }
                queries.put(rule.get("alert").asText(), matcher.group(1));
            }
        }
        return queries;
    }

    /** Panel title (with the target's refId) to its expression, for every target of the dashboard. */
    static Map<String, String> dashboardQueries(Path dashboard) throws IOException {
        Map<String, String> queries = new LinkedHashMap<>();
        for (JsonNode panel : JSON.readTree(dashboard.toFile()).get("panels")) {
            for (JsonNode target : panel.path("targets")) {
                queries.put(panel.get("title").asText() + " " + target.get("refId").asText(),
                        target.get("expr").asText());
            }
        }
        return queries;
    }
}
