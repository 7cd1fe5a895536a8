package org.contractregistry.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.contractregistry.contracts.ContractSchema;
import org.contractregistry.contracts.compatibility.PriorVersion;
import org.junit.jupiter.api.Test;

/** The benchmark measures what it claims: 500 fields, 100 distinct prior versions, a full (compatible) transitive walk. */
class AvroTransitiveCheckBenchmarkTest {

    @Test
    void fixtureIsA500FieldRecordWith100DistinctCompatiblePriors() {
        AvroTransitiveCheckBenchmark benchmark = new AvroTransitiveCheckBenchmark();
        benchmark.parse();

        assertThat(benchmark.candidate.fields().stream().filter(f -> !f.path().contains("."))).hasSize(500);
        assertThat(benchmark.priors).hasSize(100);
        assertThat(benchmark.priors.stream().map(PriorVersion::schema).map(ContractSchema::fingerprint).distinct())
                .hasSize(100);
        assertThat(benchmark.priors.stream().map(PriorVersion::schema).map(ContractSchema::fingerprint))
                .doesNotContain(benchmark.candidate.fingerprint());

        var result = benchmark.backwardTransitive();

        assertThat(result.messages()).isEmpty();
    }

    @Test
    void theSameCheckFindsABreakInTheOldestVersion() {
        AvroTransitiveCheckBenchmark benchmark = new AvroTransitiveCheckBenchmark();
        benchmark.parse();
        // Version 1 as the reader of version 51 data must fail: v51 widened ints to long and added enum symbols.
        var priors = java.util.List.of(new PriorVersion(1, benchmark.priors.get(50).schema()));
        var result = org.contractregistry.contracts.compatibility.CompatibilityChecker.check(
                benchmark.priors.get(0).schema(), priors,
                org.contractregistry.contracts.compatibility.CompatibilityLevel.BACKWARD_TRANSITIVE,
                org.contractregistry.contracts.compatibility.CheckOptions.DEFAULT);

        assertThat(result.isCompatible()).isFalse();
    }
}
