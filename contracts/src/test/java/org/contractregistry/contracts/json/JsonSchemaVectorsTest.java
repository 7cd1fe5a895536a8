package org.contractregistry.contracts.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.contractregistry.contracts.ContractSchema;
import org.contractregistry.contracts.Contracts;
import org.contractregistry.contracts.ResolvedReference;
import org.contractregistry.contracts.SchemaSource;
import org.contractregistry.contracts.SchemaType;
import org.contractregistry.contracts.VectorFolders;
import org.contractregistry.contracts.compatibility.CheckOptions;
import org.contractregistry.contracts.compatibility.CompatibilityChecker;
import org.contractregistry.contracts.compatibility.CompatibilityLevel;
import org.contractregistry.contracts.compatibility.CompatibilityResult;
import org.contractregistry.contracts.compatibility.Finding;
import org.contractregistry.contracts.compatibility.PriorVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every case under {@code vectors/json/<rule_id>/*.json}: previous and current schemas (objects, or strings when
 * the text itself matters), their references, a level, and the expected verdict with the set of rule ids and, where
 * given, paths. Expectations were written from the JSON Schema specification and Confluent's json-schema-provider
 * difference semantics (SchemaDiff and its tests), not from this engine. {@code compatible/} holds changes that must
 * pass.
 */
class JsonSchemaVectorsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ROOT = VectorFolders.root("json");

    static Stream<String> cases() {
        return VectorFolders.cases(ROOT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void vector(String file) throws IOException {
        JsonNode vector = JSON.readTree(ROOT.resolve(file).toFile());
        ContractSchema previous = parse(file, vector.get("previous"), vector.get("previousReferences"));
        ContractSchema current = parse(file, vector.get("current"), vector.get("currentReferences"));
        CompatibilityLevel level = CompatibilityLevel.valueOf(vector.get("level").asText());

        CompatibilityResult result = CompatibilityChecker.checkPair(current, new PriorVersion(1, previous), level,
                CheckOptions.DEFAULT);

        JsonNode expected = vector.get("expected");
        List<String> expectedIds = new ArrayList<>();
        expected.get("ruleIds").forEach(id -> expectedIds.add(id.asText()));
        String context = file + " (" + vector.get("description").asText() + ", " + level + ") found "
                + result.messages();
        assertThat(new TreeSet<>(result.findings().stream().map(Finding::ruleId).toList()))
                .as(context).containsExactlyElementsOf(new TreeSet<>(expectedIds));
        assertThat(result.isCompatible()).as(context).isEqualTo(expected.get("compatible").asBoolean());
        if (expected.has("paths")) {
            List<String> paths = new ArrayList<>();
            expected.get("paths").forEach(p -> paths.add(p.asText()));
            assertThat(result.findings().stream().map(Finding::path).distinct().toList()).as(context)
                    .containsExactlyInAnyOrderElementsOf(paths);
        }
        for (Finding finding : result.findings()) {
            assertThat(finding.path()).as(context).startsWith("#");
            assertThat(finding.message()).as(context).startsWith("At " + finding.path()).endsWith(".");
            assertThat(finding.fixHint()).as(context).isNotBlank();
        }
    }

    @Test
    void everyRuleHasVectorsInItsFolderAndEveryFolderNamesARule() throws IOException {
        VectorFolders.assertOneFolderPerRule(ROOT, SchemaType.JSON, "compatible");
    }

    static ContractSchema parse(String file, JsonNode schema, JsonNode references) {
        List<ResolvedReference> resolved = new ArrayList<>();
        if (references != null) {
            for (JsonNode reference : references) {
                String name = reference.get("name").asText();
                resolved.add(new ResolvedReference(name, name, 1, SchemaType.JSON, text(reference.get("schema"))));
            }
        }
        var result = Contracts.parse(new SchemaSource(SchemaType.JSON, text(schema), resolved));
        assertThat(result.isValid()).as(file + ": " + result).isTrue();
        return result.orThrow();
    }

    private static String text(JsonNode schema) {
        return schema.isTextual() ? schema.asText() : schema.toString();
    }
}
