package org.contractregistry.contracts.rules;

import java.util.List;

/**
 * What a rule is, as data: a stable id (never reused), the categories it belongs to, a one-line purpose, and an
 * example change that triggers it. A retired rule stays, {@code deprecated}, naming the rules that replace it.
 */
public record RuleDescriptor(
        String id,
        String format,
        List<String> categories,
        String purpose,
        String example,
        boolean deprecated,
        List<String> replacedBy) {

    public RuleDescriptor {
        categories = List.copyOf(categories);
        replacedBy = replacedBy == null ? List.of() : List.copyOf(replacedBy);
    }

    public static RuleDescriptor of(String id, String format, List<String> categories, String purpose, String example) {
        return new RuleDescriptor(id, format, categories, purpose, example, false, List.of());
    }
}
