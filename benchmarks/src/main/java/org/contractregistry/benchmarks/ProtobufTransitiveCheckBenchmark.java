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
import org.contractregistry.contracts.compatibility.ProtobufStrictness;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One BACKWARD_TRANSITIVE check, WIRE_JSON mode, of a .proto with 200 messages against 100 prior versions. Every
 * version is parsed in the setup; the measured part is the check alone. Versions grow by adding fields: field j of
 * message i appears at version {@code (7i + 13j) % 101}, so most messages differ from most priors.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ProtobufTransitiveCheckBenchmark {
    public static final int MESSAGES = 200;
    public static final int PRIOR_VERSIONS = 100;
    private static final int FIELDS = 8;
    private static final String[] TYPES = {"string", "int64", "int32", "bool", "double", "bytes", "Status", "uint32"};
    private static final CheckOptions WIRE_JSON = new CheckOptions(ProtobufStrictness.WIRE_JSON);

    ContractSchema candidate;
    List<PriorVersion> priors;

    /** The schema as it stood at {@code version}; version {@code PRIOR_VERSIONS + 1} is the candidate. */
    public static String schemaText(int version) {
        StringBuilder text = new StringBuilder("syntax = \"proto3\";\npackage bench.v1;\n\n");
        text.append("import \"google/protobuf/timestamp.proto\";\n\n");
        text.append("enum Status {\n  STATUS_UNKNOWN = 0;\n  ACTIVE = 1;\n  CLOSED = 2;\n}\n\n");
        for (int i = 0; i < MESSAGES; i++) {
            text.append("message M").append(i).append(" {\n");
            text.append("  string id = 1;\n");
            text.append("  google.protobuf.Timestamp updated_at = 2;\n");
            if (i > 0) {
                text.append("  M").append(i - 1).append(" previous = 3;\n");
            }
            text.append("  map<string, int64> counters = 4;\n");
            text.append("  oneof contact {\n    string email = 5;\n    string phone = 6;\n  }\n");
            for (int j = 0; j < FIELDS; j++) {
                if ((7 * i + 13 * j) % (PRIOR_VERSIONS + 1) <= version) {
                    String repeated = j % 3 == 0 ? "repeated " : "";
                    text.append("  ").append(repeated).append(TYPES[j]).append(" field_").append(j).append(" = ")
                            .append(10 + j).append(";\n");
                }
            }
            text.append("}\n\n");
        }
        return text.toString();
    }

    static ContractSchema parse(String text) {
        return Contracts.parse(SchemaSource.protobuf(text)).orThrow();
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
    public CompatibilityResult backwardTransitiveWireJson() {
        return CompatibilityChecker.check(candidate, priors, CompatibilityLevel.BACKWARD_TRANSITIVE, WIRE_JSON);
    }

    /** Thread CPU time per check (less distorted than wall time on a shared machine): 200 warm-up, 200 measured. */
    public static void main(String[] args) {
        ProtobufTransitiveCheckBenchmark benchmark = new ProtobufTransitiveCheckBenchmark();
        benchmark.parseAllVersions();
        CpuTiming.printPerCheck(benchmark::backwardTransitiveWireJson, args);
    }
}
