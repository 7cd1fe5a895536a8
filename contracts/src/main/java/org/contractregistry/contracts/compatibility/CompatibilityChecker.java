package org.contractregistry.contracts.compatibility;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.contractregistry.contracts.ContractSchema;
import org.contractregistry.contracts.Contracts;

/**
 * Builds all seven levels from one primitive, {@link org.contractregistry.contracts.SchemaFormat#judge}: BACKWARD reads
 * old data with the new schema, FORWARD swaps the roles, FULL does both; non-transitive levels compare with the newest
 * prior version only, transitive ones with every prior version, newest first. Unlike Confluent, a transitive check
 * reports the findings against every version it breaks, each finding naming its version.
 */
public final class CompatibilityChecker {
    public static final String SCHEMA_TYPE_CHANGED = "SCHEMA_TYPE_CHANGED";

    private CompatibilityChecker() {}

    /**
     * @param priors the subject's live (not deleted) versions in chronological order, oldest first
     */
    public static CompatibilityResult check(
            ContractSchema candidate, List<PriorVersion> priors, CompatibilityLevel level, CheckOptions options) {
        if (level == CompatibilityLevel.NONE || priors.isEmpty()) {
            return CompatibilityResult.COMPATIBLE;
        }
        List<PriorVersion> newestFirst = new ArrayList<>(priors);
        Collections.reverse(newestFirst);
        List<PriorVersion> compared = level.isTransitive() ? newestFirst : newestFirst.subList(0, 1);
        CompatibilityResult result = CompatibilityResult.COMPATIBLE;
        for (PriorVersion prior : compared) {
            result = result.mergedWith(checkPair(candidate, prior, level, options));
        }
        return result;
    }

    /** One pair in the directions the level asks for (FULL: the forward direction first, as Confluent lists it). */
    public static CompatibilityResult checkPair(
            ContractSchema candidate, PriorVersion prior, CompatibilityLevel level, CheckOptions options) {
        ContractSchema old = prior.schema();
        if (old.type() != candidate.type()) {
            return new CompatibilityResult(List.of(new Finding(
                    SCHEMA_TYPE_CHANGED, "ALL", "/",
                    "The schema type changed from " + old.type() + " to " + candidate.type()
                            + "; readers of one cannot decode the other.",
                    "register the " + candidate.type() + " schema under a new subject, or set compatibility NONE",
                    prior.version(), Direction.BACKWARD, 0)));
        }
        var format = Contracts.format(candidate.type());
        List<Finding> findings = new ArrayList<>();
        if (level.checksForward()) {
            findings.addAll(format.judge(candidate, old, Direction.FORWARD, options));
        }
        if (level.checksBackward()) {
            // Rules that judge old-to-new in time order (Protobuf WIRE, WIRE_JSON) find the same break both ways:
            // under FULL, report it once.
            java.util.Set<String> seen = new java.util.HashSet<>();
            findings.forEach(f -> seen.add(f.ruleId() + '\u0000' + f.path()));
            format.judge(old, candidate, Direction.BACKWARD, options).stream()
                    .filter(f -> !seen.contains(f.ruleId() + '\u0000' + f.path()))
                    .forEach(findings::add);
        }
        return new CompatibilityResult(findings.stream().map(f -> f.againstVersion(prior.version())).toList());
    }
}
