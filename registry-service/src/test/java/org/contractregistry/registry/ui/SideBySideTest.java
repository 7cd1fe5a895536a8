package org.contractregistry.registry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.contractregistry.contracts.compatibility.Direction;
import org.contractregistry.contracts.compatibility.Finding;
import org.junit.jupiter.api.Test;

class SideBySideTest {
    private static Finding finding(String path, int line) {
        return new Finding("RULE", "AVRO", path, "breaks", "fix", 1, Direction.BACKWARD, line);
    }

    @Test
    void pairsChangedLinesAndKeepsLineNumbersOfBothSides() {
        List<SideBySide.Row> rows = SideBySide.rows("a\nb\nc\n", "a\nB\nx\nc\n", List.of());
        assertThat(rows).extracting(SideBySide.Row::change).containsExactly("EQUAL", "CHANGE", "CHANGE", "EQUAL");
        assertThat(rows.get(2).left().present()).isFalse();
        assertThat(rows.get(2).right().number()).isEqualTo(3);
        assertThat(rows.get(3).left().number()).isEqualTo(3);
        assertThat(rows.get(3).right().number()).isEqualTo(4);
    }

    @Test
    void aFindingWithALineGoesOnTheNewerSideAndOneWithoutOnTheOlderLineNamingIt() {
        String older = "{\n  \"name\" : \"email\",\n  \"type\" : \"string\"\n}";
        String newer = "{\n  \"name\" : \"id\"\n}";
        List<SideBySide.Row> rows = SideBySide.rows(older, newer, List.of(finding("/fields/id", 2),
                finding("/fields/email/type", 0)));
        assertThat(rows).filteredOn(r -> !r.right().findings().isEmpty()).extracting(r -> r.right().number())
                .containsExactly(2);
        assertThat(rows).filteredOn(r -> !r.left().findings().isEmpty()).extracting(r -> r.left().number())
                .containsExactly(2);
    }

    @Test
    void protobufFieldsAreFoundByTheirDeclaration() {
        assertThat(FindingLines.naming("acme.Order.note", List.of("message Order {", "  string note = 4;", "}")))
                .isEqualTo(2);
    }
}
