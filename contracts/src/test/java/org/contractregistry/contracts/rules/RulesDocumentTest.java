package org.contractregistry.contracts.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.contractregistry.contracts.Contracts;
import org.junit.jupiter.api.Test;

/**
 * docs/rules.md is generated from {@link Contracts#rules()}. When it is stale this test fails; regenerate with
 * {@code mvn -q -B -o -pl contracts test -Dtest=RulesDocumentTest -Dcontracts.rules.write=true}.
 */
class RulesDocumentTest {
    private static final Path DOC = Path.of("..", "docs", "rules.md");

    @Test
    void committedRulesDocumentIsCurrent() throws IOException {
        String expected = RulesDocument.render(Contracts.rules());
        if (Boolean.getBoolean("contracts.rules.write")) {
            Files.createDirectories(DOC.getParent());
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        assertThat(DOC).as("docs/rules.md is missing; regenerate it with "
                + "mvn -q -B -o -pl contracts test -Dtest=RulesDocumentTest -Dcontracts.rules.write=true").exists();
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as("docs/rules.md is stale; regenerate it with "
                        + "mvn -q -B -o -pl contracts test -Dtest=RulesDocumentTest -Dcontracts.rules.write=true")
                .isEqualTo(expected);
    }

    @Test
    void everyRuleAppearsWithFormatIdCategoriesPurposeAndExample() {
        String doc = RulesDocument.render(Contracts.rules());
        for (RuleDescriptor rule : Contracts.rules()) {
            assertThat(doc).contains("## " + rule.format()).contains("`" + rule.id() + "`")
                    .contains(rule.purpose().replace("|", "\\|"));
        }
    }

    @Test
    void rendersAnyFormatAndDeprecatedRules() {
        String doc = RulesDocument.render(List.of(
                RuleDescriptor.of("A_RULE", "AVRO", List.of("AVRO"), "purpose a", "example | a"),
                new RuleDescriptor("OLD_RULE", "THRIFT", List.of("WIRE", "WIRE_JSON"), "purpose o", "example o", true,
                        List.of("NEW_RULE"))));

        assertThat(doc).contains("## AVRO").contains("## THRIFT")
                .contains("| `A_RULE` | AVRO | purpose a | example \\| a |")
                .contains("| `OLD_RULE` (deprecated, use NEW_RULE) | WIRE, WIRE_JSON | purpose o | example o |");
    }
}
