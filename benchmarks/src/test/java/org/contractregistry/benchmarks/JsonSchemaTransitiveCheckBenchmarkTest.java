package org.contractregistry.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.contractregistry.contracts.compatibility.CheckOptions;
import org.contractregistry.contracts.compatibility.CompatibilityChecker;
import org.contractregistry.contracts.compatibility.CompatibilityLevel;
import org.contractregistry.contracts.compatibility.CompatibilityResult;
import org.contractregistry.contracts.compatibility.Finding;
import org.junit.jupiter.api.Test;

/** The benchmark measures real work: 300 properties, 100 distinct priors, a compatible verdict that can fail. */
class JsonSchemaTransitiveCheckBenchmarkTest {

    @Test
    void setupBuildsTheStatedWorkloadAndTheCheckIsCompatible() {
        JsonSchemaTransitiveCheckBenchmark benchmark = new JsonSchemaTransitiveCheckBenchmark();
        benchmark.parseAllVersions();
        assertThat(benchmark.candidate.fields().stream().filter(f -> !f.path().contains("."))).hasSize(300);
        assertThat(benchmark.priors).hasSize(JsonSchemaTransitiveCheckBenchmark.PRIOR_VERSIONS);
        assertThat(benchmark.priors.stream().map(p -> p.schema().fingerprint()).distinct().count())
                .as("every prior version differs").isGreaterThan(90);
        assertThat(benchmark.backwardTransitive().isCompatible()).isTrue();
    }

    @Test
    void aBreakingCandidateIsCaughtAgainstEveryPrior() {
        JsonSchemaTransitiveCheckBenchmark benchmark = new JsonSchemaTransitiveCheckBenchmark();
        benchmark.parseAllVersions();
        var broken = JsonSchemaTransitiveCheckBenchmark.parse(JsonSchemaTransitiveCheckBenchmark.schemaText(
                JsonSchemaTransitiveCheckBenchmark.PRIOR_VERSIONS + 1).replace("\"maxLength\": 64", "\"maxLength\": 32"));
        CompatibilityResult result = CompatibilityChecker.check(broken, benchmark.priors,
                CompatibilityLevel.BACKWARD_TRANSITIVE, CheckOptions.DEFAULT);
        assertThat(result.findings()).extracting(Finding::ruleId).containsOnly("MAX_LENGTH_DECREASED");
        assertThat(result.findings().stream().map(Finding::againstVersion).distinct()).hasSize(100);
    }
}
