package org.contractregistry.contracts.avro;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.contractregistry.contracts.ResolvedReference;
import org.contractregistry.contracts.avro.AvroVectors.Vector;
import org.contractregistry.contracts.compatibility.CheckOptions;
import org.contractregistry.contracts.compatibility.CompatibilityChecker;
import org.contractregistry.contracts.compatibility.CompatibilityLevel;
import org.contractregistry.contracts.compatibility.CompatibilityResult;
import org.contractregistry.contracts.compatibility.Finding;
import org.contractregistry.contracts.compatibility.PriorVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every compatibility vector: old versions, new schema, level, and the verdict the spec (or Confluent) gives. */
class AvroCompatibilityVectorsTest {

    static Stream<Vector> vectors() {
        return AvroVectors.ofKind("compatibility");
    }

    @Test
    void thereAreEnoughVectorsAndEveryRuleIsCovered() {
        List<Vector> all = vectors().toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(120);
        TreeSet<String> covered = new TreeSet<>();
        TreeSet<String> levels = new TreeSet<>();
        for (Vector v : all) {
            v.json().path("expected").path("ruleIds").forEach(id -> covered.add(id.asText()));
            levels.add(v.json().get("level").asText());
        }
        assertThat(covered).containsAll(new AvroFormat().rules().stream().map(r -> r.id()).toList());
        assertThat(levels).hasSize(CompatibilityLevel.values().length);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void vector(Vector vector) {
        JsonNode json = vector.json();
        String file = vector.file();
        assertThat(json.path("description").asText()).as(file + ": description").isNotBlank();
        assertThat(json.path("source").asText()).as(file + ": source of the expectation").isNotBlank();
        List<ResolvedReference> refs = AvroVectors.references(json);
        List<PriorVersion> priors = new ArrayList<>();
        int version = 1;
        for (JsonNode old : json.get("old")) {
            priors.add(new PriorVersion(version++, AvroVectors.parsed(file, old, refs)));
        }
        var newRefs = json.has("newReferences") ? AvroVectors.references(json, "newReferences") : refs;
        var candidate = AvroVectors.parsed(file, json.get("new"), newRefs);
        CompatibilityLevel level = CompatibilityLevel.parse(json.get("level").asText()).orElseThrow();

        CompatibilityResult result = CompatibilityChecker.check(candidate, priors, level, CheckOptions.DEFAULT);

        JsonNode expected = json.get("expected");
        TreeSet<String> expectedRules = new TreeSet<>();
        expected.path("ruleIds").forEach(id -> expectedRules.add(id.asText()));
        TreeSet<String> actualRules = new TreeSet<>(result.findings().stream().map(Finding::ruleId).toList());
        String why = file + " (" + json.get("description").asText() + "; " + json.get("source").asText() + ")\nfindings:\n  "
                + String.join("\n  ", result.messages());
        assertThat(result.isCompatible()).as(why + "\ncompatible").isEqualTo(expected.get("compatible").asBoolean());
        assertThat(actualRules).as(why + "\nrule ids").isEqualTo(expectedRules);
        if (expected.has("versions")) {
            TreeSet<Integer> versions = new TreeSet<>(result.findings().stream().map(Finding::againstVersion).toList());
            TreeSet<Integer> expectedVersions = new TreeSet<>();
            expected.get("versions").forEach(v -> expectedVersions.add(v.asInt()));
            assertThat(versions).as(why + "\nbroken versions").isEqualTo(expectedVersions);
        }
        for (Finding finding : result.findings()) {
            assertThat(finding.message()).as(why).isNotBlank();
            assertThat(finding.fixHint()).as(why).isNotBlank();
            assertThat(finding.path()).as(why).startsWith("/").doesNotContainPattern("/fields/[0-9]+");
            assertThat(finding.category()).isEqualTo("AVRO");
        }
    }
}
