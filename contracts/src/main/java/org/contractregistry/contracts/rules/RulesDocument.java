package org.contractregistry.contracts.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.contractregistry.contracts.Contracts;

/**
 * Renders {@code docs/rules.md} from the rule descriptors, whatever formats exist. Run {@link #main} (or the test with
 * {@code -Dcontracts.rules.write=true}) to rewrite the committed file.
 */
public final class RulesDocument {
    private RulesDocument() {}

    public static String render(List<RuleDescriptor> rules) {
        StringBuilder md = new StringBuilder()
                .append("# Compatibility rules\n\n")
                .append("<!-- Generated from Contracts.rules() by org.contractregistry.contracts.rules.RulesDocument; do not edit. -->\n\n")
                .append("Every rule the engine can report, by format. A finding's `ruleId` is the rule id below.\n");
        Map<String, List<RuleDescriptor>> byFormat = new LinkedHashMap<>();
        rules.forEach(rule -> byFormat.computeIfAbsent(rule.format(), f -> new java.util.ArrayList<>()).add(rule));
        for (var format : byFormat.entrySet()) {
            md.append("\n## ").append(format.getKey()).append("\n\n")
                    .append("| Id | Categories | Purpose | Example |\n")
                    .append("|---|---|---|---|\n");
            for (RuleDescriptor rule : format.getValue()) {
                String id = "`" + rule.id() + "`" + (rule.deprecated()
                        ? " (deprecated" + (rule.replacedBy().isEmpty() ? "" : ", use " + String.join(", ", rule.replacedBy())) + ")"
                        : "");
                md.append("| ").append(id)
                        .append(" | ").append(cell(String.join(", ", rule.categories())))
                        .append(" | ").append(cell(rule.purpose()))
                        .append(" | ").append(cell(rule.example()))
                        .append(" |\n");
            }
        }
        return md.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    /** Writes the document to the given path (default {@code docs/rules.md}, relative to the working directory). */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "docs/rules.md");
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.writeString(target, render(Contracts.rules()), StandardCharsets.UTF_8);
        System.out.println("wrote " + target.toAbsolutePath());
    }
}
