package org.contractregistry.contracts.compatibility;

import java.util.ArrayList;
import java.util.List;

/** A verdict and every finding behind it, in the order they were found. */
public record CompatibilityResult(List<Finding> findings) {
    public static final CompatibilityResult COMPATIBLE = new CompatibilityResult(List.of());

    public CompatibilityResult {
        findings = List.copyOf(findings);
    }

    public boolean isCompatible() {
        return findings.isEmpty();
    }

    public CompatibilityResult mergedWith(CompatibilityResult other) {
        if (other.findings.isEmpty()) {
            return this;
        }
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(other.findings);
        return new CompatibilityResult(all);
    }

    /** The messages, one per finding, as Confluent's verbose compatibility answer lists them. */
    public List<String> messages() {
        return findings.stream().map(Finding::describe).toList();
    }
}
