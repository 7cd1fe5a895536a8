package org.contractregistry.lineage.ids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

class NodeIdTest {

    @Test
    void shouldSplitUriNamespaceAfterItsPort() {
        NodeId id = NodeId.parse("dataset:kafka://broker:9092:orders");
        assertThat(id.type()).isEqualTo(NodeType.DATASET);
        assertThat(id.namespace().value()).isEqualTo("kafka://broker:9092");
        assertThat(id.name()).isEqualTo("orders");
    }

    @Test
    void shouldKeepColonsInTheName() {
        NodeId id = NodeId.parse("dataset:postgres://db:5432:shop.public.orders");
        assertThat(id.namespace().value()).isEqualTo("postgres://db:5432");
        assertThat(id.asDataset().name()).isEqualTo("shop.public.orders");
        assertThat(NodeId.parse("job:airflow:dag.task:with:colons").name()).isEqualTo("dag.task:with:colons");
    }

    @Test
    void shouldSplitPlainNamespaceAtFirstColon() {
        NodeId id = NodeId.parse("dataset:file:/tmp/out/part-0.parquet");
        assertThat(id.namespace().value()).isEqualTo("file");
        assertThat(id.name()).isEqualTo("/tmp/out/part-0.parquet");
        assertThat(NodeId.parse("dataset:s3://bucket:raw/orders").namespace().value()).isEqualTo("s3://bucket");
    }

    @Test
    void shouldRejectMalformedIds() {
        assertThatThrownBy(() -> NodeId.parse("table:x:y")).isInstanceOf(InvalidIdException.class)
                .hasMessageContaining("'dataset:' or 'job:'");
        assertThatThrownBy(() -> NodeId.parse("dataset:onlynamespace")).isInstanceOf(InvalidIdException.class);
        assertThatThrownBy(() -> NodeId.parse("job::name")).isInstanceOf(InvalidIdException.class);
        assertThatThrownBy(() -> NodeId.parse("")).isInstanceOf(InvalidIdException.class);
        assertThatThrownBy(() -> NodeId.parse("job:ns:a\u0000b")).hasMessageContaining("control characters");
    }

    @Test
    void asJobOfADatasetIsAnError() {
        assertThatThrownBy(() -> NodeId.parse("dataset:file:/x").asJob()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void valueRoundTripsForUriNamespacesAndAnyName() {
        qt().withExamples(5000).forAll(strings().allPossible().ofLengthBetween(1, 30))
                .assuming(name -> !name.isBlank() && name.chars().noneMatch(Character::isISOControl))
                .check(name -> {
                    NodeId id = NodeId.of(DatasetId.of("kafka://broker:9092", name));
                    return NodeId.parse(id.value()).equals(id);
                });
    }

    @Test
    void namesAreValidatedInConstructors() {
        assertThatThrownBy(() -> DatasetId.of(" ", "x")).hasMessageContaining("namespace must not be blank");
        assertThatThrownBy(() -> JobId.of("spark", "")).hasMessageContaining("job name must not be blank");
        assertThatThrownBy(() -> JobId.of("spark", "x".repeat(JobId.MAX_NAME_LENGTH + 1)))
                .hasMessageContaining("longer than");
    }
}
