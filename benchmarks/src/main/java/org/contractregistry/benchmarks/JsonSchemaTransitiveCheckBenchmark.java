package org.contractregistry.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.contractregistry.contracts.ContractSchema;
import org.contractregistry.contracts.Contracts;
import org.contractregistry.contracts.SchemaSource;
import org.contractregistry.contracts.compatibility.CheckOptions;
import org.contractregistry.contracts.compatibility.CompatibilityChecker;
import org.contractregistry.contracts.compatibility.CompatibilityLevel;
import org.contractregistry.contracts.compatibility.CompatibilityResult;
import org.contractregistry.contracts.compatibility.PriorVersion;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One BACKWARD_TRANSITIVE check of a 300-property JSON schema (a closed object: strings with bounds and patterns,
 * integers and numbers with ranges, enums, nullable strings, arrays, nested objects, {@code $ref}s into
 * {@code $defs}) against 100 prior versions. Every version is parsed in the setup; the measured part is the check.
 * Versions grow by optional properties: property j (beyond the first 40) appears at version {@code (7j) % 101}, so
 * every prior differs from the candidate.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JsonSchemaTransitiveCheckBenchmark {
    public static final int PROPERTIES = 300;
    public static final int PRIOR_VERSIONS = 100;
    private static final int ALWAYS = 40;

    ContractSchema candidate;
    List<PriorVersion> priors;

    /** The schema as it stood at {@code version}; version {@code PRIOR_VERSIONS + 1} is the candidate. */
    public static String schemaText(int version) {
        StringBuilder properties = new StringBuilder();
        List<String> required = new ArrayList<>();
        for (int j = 0; j < PROPERTIES; j++) {
            if (j >= ALWAYS && (7 * j) % (PRIOR_VERSIONS + 1) > version) {
                continue;
            }
            if (!properties.isEmpty()) {
                properties.append(",\n    ");
            }
            properties.append("\"p").append(j).append("\": ").append(property(j));
            if (j < ALWAYS && j % 4 == 0) {
                required.add("\"p" + j + "\"");
            }
        }
        return "{\n  \"$schema\": \"http://json-schema.org/draft-07/schema#\",\n  \"title\": \"bench.Wide\",\n"
                + "  \"type\": \"object\",\n  \"additionalProperties\": false,\n"
                + "  \"$defs\": {\"money\": {\"type\": \"object\", \"properties\": {\"cents\": {\"type\": \"integer\"},"
                + " \"currency\": {\"enum\": [\"EUR\", \"USD\"]}}, \"required\": [\"cents\"]}},\n"
                + "  \"required\": [" + String.join(", ", required) + "],\n"
                + "  \"properties\": {\n    " + properties + "\n  }\n}\n";
    }

    private static String property(int j) {
        return switch (j % 8) {
            case 0 -> "{\"type\": \"string\", \"maxLength\": 64, \"pattern\": \"^[a-z0-9-]+$\"}";
            case 1 -> "{\"type\": \"integer\", \"minimum\": 0, \"maximum\": 1000000}";
            case 2 -> "{\"type\": \"number\", \"description\": \"amount " + j + "\"}";
            case 3 -> "{\"enum\": [\"NEW\", \"ACTIVE\", \"CLOSED\"]}";
            case 4 -> "{\"type\": [\"string\", \"null\"], \"format\": \"date-time\"}";
            case 5 -> "{\"type\": \"array\", \"items\": {\"type\": \"string\"}, \"maxItems\": 20}";
            case 6 -> "{\"type\": \"object\", \"properties\": {\"street\": {\"type\": \"string\"}, \"zip\": {\"type\": "
                    + "\"string\", \"maxLength\": 10}, \"country\": {\"type\": \"string\"}}, \"required\": [\"zip\"]}";
            default -> "{\"$ref\": \"#/$defs/money\"}";
        };
    }

    static ContractSchema parse(String text) {
        return Contracts.parse(SchemaSource.json(text)).orThrow();
    }

    @Setup
    public void parseAllVersions() {
        candidate = parse(schemaText(PRIOR_VERSIONS + 1));
        priors = new ArrayList<>();
        for (int version = 1; version <= PRIOR_VERSIONS; version++) {
            priors.add(new PriorVersion(version, parse(schemaText(version))));
        }
    }

    @Benchmark
    public CompatibilityResult backwardTransitive() {
        return CompatibilityChecker.check(candidate, priors, CompatibilityLevel.BACKWARD_TRANSITIVE, CheckOptions.DEFAULT);
    }

    /** Thread CPU time per check (less distorted than wall time on a shared machine): 200 warm-up, 200 measured. */
    public static void main(String[] args) {
        JsonSchemaTransitiveCheckBenchmark benchmark = new JsonSchemaTransitiveCheckBenchmark();
        benchmark.parseAllVersions();
        CpuTiming.printPerCheck(benchmark::backwardTransitive, args);
    }
}
