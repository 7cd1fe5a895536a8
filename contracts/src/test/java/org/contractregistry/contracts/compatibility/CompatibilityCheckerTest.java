package org.contractregistry.contracts.compatibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.contractregistry.contracts.ContractSchema;
import org.contractregistry.contracts.Contracts;
import org.contractregistry.contracts.SchemaSource;
import org.junit.jupiter.api.Test;

/** The seven levels over real Avro schemas: directions, latest versus all versions, order, version on each finding. */
class CompatibilityCheckerTest {
    private static final String V1 = "{\"type\":\"record\",\"name\":\"P\",\"fields\":[{\"name\":\"id\",\"type\":\"long\"}]}";
    private static final String V2 = "{\"type\":\"record\",\"name\":\"P\",\"fields\":[{\"name\":\"id\",\"type\":\"long\"},"
            + "{\"name\":\"email\",\"type\":\"string\",\"default\":\"\"}]}";
    private static final String V3 = "{\"type\":\"record\",\"name\":\"P\",\"fields\":[{\"name\":\"id\",\"type\":\"long\"},"
            + "{\"name\":\"email\",\"type\":\"string\"}]}";

    private static ContractSchema avro(String text) {
        return Contracts.parse(SchemaSource.avro(text)).orThrow();
    }

    private static List<PriorVersion> priors(String... texts) {
        return java.util.stream.IntStream.range(0, texts.length)
                .mapToObj(i -> new PriorVersion(i + 1, avro(texts[i])))
                .toList();
    }

    private static CompatibilityResult check(String candidate, CompatibilityLevel level, String... old) {
        return CompatibilityChecker.check(avro(candidate), priors(old), level, CheckOptions.DEFAULT);
    }

    @Test
    void issue209TogglingADefaultPassesBackwardButFailsBackwardTransitiveAgainstV1() {
        assertThat(check(V2, CompatibilityLevel.BACKWARD, V1).isCompatible()).isTrue();
        assertThat(check(V3, CompatibilityLevel.BACKWARD, V1, V2).isCompatible()).isTrue();

        CompatibilityResult transitive = check(V3, CompatibilityLevel.BACKWARD_TRANSITIVE, V1, V2);

        assertThat(transitive.isCompatible()).isFalse();
        assertThat(transitive.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("READER_FIELD_MISSING_DEFAULT_VALUE");
            assertThat(f.againstVersion()).isEqualTo(1);
            assertThat(f.direction()).isEqualTo(Direction.BACKWARD);
            assertThat(f.describe()).contains("(old version 1, BACKWARD)");
        });
    }

    @Test
    void transitiveLevelsReportEveryBrokenVersionNewestFirst() {
        String narrowed = "{\"type\":\"record\",\"name\":\"P\",\"fields\":[{\"name\":\"id\",\"type\":\"int\"}]}";

        CompatibilityResult result = check(narrowed, CompatibilityLevel.BACKWARD_TRANSITIVE, V1, V1, V1);

        assertThat(result.findings()).extracting(Finding::againstVersion).containsExactly(3, 2, 1);
    }

    @Test
    void nonTransitiveLevelsLookOnlyAtTheNewestVersion() {
        String narrowed = "{\"type\":\"record\",\"name\":\"P\",\"fields\":[{\"name\":\"id\",\"type\":\"int\"}]}";
        String already = narrowed;

        assertThat(check(narrowed, CompatibilityLevel.BACKWARD, V1, already).isCompatible()).isTrue();
        assertThat(check(narrowed, CompatibilityLevel.FORWARD, V1, already).isCompatible()).isTrue();
        assertThat(check(narrowed, CompatibilityLevel.FULL, V1, already).isCompatible()).isTrue();
        assertThat(check(narrowed, CompatibilityLevel.FULL_TRANSITIVE, V1, already).isCompatible()).isFalse();
    }

    @Test
    void forwardSwapsTheRolesAndFullDoesBothForwardFirst() {
        String added = "{\"type\":\"record\",\"name\":\"P\",\"fields\":[{\"name\":\"id\",\"type\":\"long\"},{\"name\":\"x\",\"type\":\"int\"}]}";
        String promoted = "{\"type\":\"record\",\"name\":\"P\",\"fields\":[{\"name\":\"id\",\"type\":\"double\"},{\"name\":\"x\",\"type\":\"int\"}]}";

        assertThat(check(added, CompatibilityLevel.FORWARD, V1).isCompatible()).isTrue();
        assertThat(check(added, CompatibilityLevel.BACKWARD, V1).isCompatible()).isFalse();

        CompatibilityResult full = check(promoted, CompatibilityLevel.FULL, V1);
        assertThat(full.findings()).extracting(Finding::direction).containsExactly(Direction.FORWARD, Direction.BACKWARD);
        assertThat(full.findings()).extracting(Finding::ruleId)
                .containsExactly("TYPE_MISMATCH", "READER_FIELD_MISSING_DEFAULT_VALUE");
    }

    @Test
    void noneAndNoPriorsAreAlwaysCompatible() {
        assertThat(check(V3, CompatibilityLevel.NONE, V1).isCompatible()).isTrue();
        assertThat(check(V3, CompatibilityLevel.FULL_TRANSITIVE).isCompatible()).isTrue();
    }
}
