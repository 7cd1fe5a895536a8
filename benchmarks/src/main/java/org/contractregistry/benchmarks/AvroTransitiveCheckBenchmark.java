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
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A 500-field Avro record checked BACKWARD_TRANSITIVE against 100 prior versions. Every schema is parsed once in
 * {@link #parse()}; the measured part is the level engine plus Avro's schema resolution check, 100 pairs per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AvroTransitiveCheckBenchmark {
    static final int PRIOR_VERSIONS = 100;
    static final int FIELDS = 500;

    ContractSchema candidate;
    List<PriorVersion> priors;

    @Setup
    public void parse() {
        List<String> versions = AvroEvolution.versions(PRIOR_VERSIONS + 1, FIELDS);
        priors = new ArrayList<>();
        for (int v = 0; v < PRIOR_VERSIONS; v++) {
            priors.add(new PriorVersion(v + 1, Contracts.parse(SchemaSource.avro(versions.get(v))).orThrow()));
        }
        candidate = Contracts.parse(SchemaSource.avro(versions.get(PRIOR_VERSIONS))).orThrow();
    }

    @Benchmark
    public CompatibilityResult backwardTransitive() {
        return CompatibilityChecker.check(candidate, priors, CompatibilityLevel.BACKWARD_TRANSITIVE, CheckOptions.DEFAULT);
    }

    /**
     * The same check timed in thread CPU time rather than wall time, for a machine shared with other work (where JMH's
     * wall-clock figures mostly measure waiting for a core). Not a substitute for JMH: no forks, no blackhole.
     */
    public static void main(String[] args) {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        AvroTransitiveCheckBenchmark benchmark = new AvroTransitiveCheckBenchmark();
        benchmark.parse();
        int findings = 0;
        for (int round = 1; round <= 8; round++) {
            long start = threads.getCurrentThreadCpuTime();
            int ops = 0;
            while (threads.getCurrentThreadCpuTime() - start < 1_000_000_000L) {
                findings += benchmark.backwardTransitive().findings().size();
                ops++;
            }
            double ms = (threads.getCurrentThreadCpuTime() - start) / 1e6 / ops;
            System.out.printf("%s round %d: %.3f ms CPU per check (%d checks)%n", round <= 3 ? "warm-up" : "measure", round, ms, ops);
        }
        System.out.println("findings seen: " + findings);
    }
}
