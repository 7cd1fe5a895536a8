package org.contractregistry.contracts.protobuf;

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
import org.contractregistry.contracts.compatibility.ProtobufStrictness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every case under {@code vectors/protobuf/<rule_id>/*.json}: previous and current .proto texts (with their
 * references), a level, a strictness mode and the expected verdict with the set of rule ids. Expected values were
 * written from the protobuf language guide, Buf's rule docs and confluent-api.md §3.2, not from this engine.
 */
class ProtobufVectorsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ROOT = VectorFolders.root("protobuf");

    static Stream<String> cases() {
        return VectorFolders.cases(ROOT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void vector(String file) throws IOException {
        JsonNode vector = JSON.readTree(ROOT.resolve(file).toFile());
        ContractSchema previous = parse(file, vector.get("previous").asText(), vector.get("previousReferences"));
        ContractSchema current = parse(file, vector.get("current").asText(), vector.get("currentReferences"));
        CompatibilityLevel level = CompatibilityLevel.valueOf(vector.get("level").asText());
        CheckOptions options = new CheckOptions(ProtobufStrictness.valueOf(vector.get("mode").asText()));

        CompatibilityResult result = CompatibilityChecker.checkPair(current, new PriorVersion(1, previous), level,
                options);

        JsonNode expected = vector.get("expected");
        List<String> expectedIds = new ArrayList<>();
        expected.get("ruleIds").forEach(id -> expectedIds.add(id.asText()));
        String context = file + " (" + vector.get("description").asText() + ", " + level + ", "
                + options.protobufStrictness() + ") found " + result.messages();
        assertThat(new TreeSet<>(result.findings().stream().map(Finding::ruleId).toList()))
                .as(context).containsExactlyElementsOf(new TreeSet<>(expectedIds));
        assertThat(result.isCompatible()).as(context).isEqualTo(expected.get("compatible").asBoolean());
        for (Finding finding : result.findings()) {
            assertThat(finding.path()).as(context).isNotBlank();
            assertThat(finding.message()).as(context).endsWith(".");
            assertThat(finding.fixHint()).as(context).isNotBlank();
        }
    }

    @Test
    void everyRuleHasVectorsInItsFolderAndEveryFolderNamesARule() throws IOException {
        VectorFolders.assertOneFolderPerRule(ROOT, SchemaType.PROTOBUF, "confluent_compatible");
        assertThat(cases().count()).isGreaterThanOrEqualTo(120);
        long confluent = cases().filter(f -> {
            try {
                return JSON.readTree(ROOT.resolve(f).toFile()).get("mode").asText().equals("CONFLUENT");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).count();
        assertThat(confluent).isGreaterThanOrEqualTo(26);
    }

    private static ContractSchema parse(String file, String text, JsonNode references) {
        List<ResolvedReference> resolved = new ArrayList<>();
        if (references != null) {
            for (JsonNode reference : references) {
                String name = reference.get("name").asText();
                resolved.add(new ResolvedReference(name, name, reference.get("version").asInt(), SchemaType.PROTOBUF,
                        reference.get("text").asText()));
            }
        }
        var result = Contracts.parse(new SchemaSource(SchemaType.PROTOBUF, text, resolved));
        assertThat(result.isValid()).as(file + ": " + result).isTrue();
        return result.orThrow();
    }
}
