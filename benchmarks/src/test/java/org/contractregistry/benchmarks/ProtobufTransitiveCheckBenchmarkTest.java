package org.contractregistry.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.contractregistry.contracts.compatibility.CompatibilityChecker;
import org.contractregistry.contracts.compatibility.CompatibilityLevel;
import org.contractregistry.contracts.compatibility.CompatibilityResult;
import org.contractregistry.contracts.compatibility.Finding;
import org.contractregistry.contracts.compatibility.CheckOptions;
import org.contractregistry.contracts.compatibility.ProtobufStrictness;
import org.junit.jupiter.api.Test;

/** The benchmark measures real work: 200 messages, 100 distinct priors, a compatible verdict that can fail. */
class ProtobufTransitiveCheckBenchmarkTest {

    @Test
    void setupBuildsTheStatedWorkloadAndTheCheckIsCompatible() {
        ProtobufTransitiveCheckBenchmark benchmark = new ProtobufTransitiveCheckBenchmark();
        benchmark.parseAllVersions();
        assertThat(benchmark.candidate.source().text()).contains("message M199 {");
        assertThat(benchmark.priors).hasSize(ProtobufTransitiveCheckBenchmark.PRIOR_VERSIONS);
        assertThat(benchmark.priors.stream().map(p -> p.schema().fingerprint()).distinct().count())
                .as("every prior version differs").isGreaterThan(90);
        assertThat(benchmark.backwardTransitiveWireJson().isCompatible()).isTrue();
    }

    @Test
    void aBreakingCandidateIsCaughtAgainstEveryPriorThatHadTheField() {
        ProtobufTransitiveCheckBenchmark benchmark = new ProtobufTransitiveCheckBenchmark();
        benchmark.parseAllVersions();
        var broken = ProtobufTransitiveCheckBenchmark.parse(
                ProtobufTransitiveCheckBenchmark.schemaText(ProtobufTransitiveCheckBenchmark.PRIOR_VERSIONS + 1)
                        .replace("message M0 {\n  string id = 1;", "message M0 {\n  int64 id = 1;"));
        CompatibilityResult result = CompatibilityChecker.check(broken, benchmark.priors,
                CompatibilityLevel.BACKWARD_TRANSITIVE, new CheckOptions(ProtobufStrictness.WIRE_JSON));
        assertThat(result.findings()).extracting(Finding::ruleId).containsOnly("FIELD_WIRE_COMPATIBLE_TYPE");
        assertThat(result.findings()).hasSize(ProtobufTransitiveCheckBenchmark.PRIOR_VERSIONS);
    }
}
