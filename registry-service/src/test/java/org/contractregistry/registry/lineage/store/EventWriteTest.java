package org.contractregistry.registry.lineage.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.contractregistry.lineage.drift.DriftFinding;
import org.contractregistry.lineage.drift.DriftKind;
import org.contractregistry.lineage.ids.DatasetId;
import org.contractregistry.registry.lineage.store.EventWrite.DatasetWrite;
import org.contractregistry.registry.lineage.store.EventWrite.IoWrite;
import org.junit.jupiter.api.Test;

/** Folding what one event says twice about a dataset into the row two writes in a row would leave. */
class EventWriteTest {
    private static final UUID RUN = UUID.fromString("0190a3a2-7a34-7c2b-9d3e-1f0e6c1d2a01");
    private static final List<DriftFinding> TYPE = List.of(
            new DriftFinding(DriftKind.TYPE_MISMATCH, "amount", "double", "string"));

    @Test
    void aDatasetReadAndWrittenIsOneDatasetRowAndOneIoRowPerDirection() {
        EventWrite write = EventWrites.plan(EventWrites.run("COMPLETE", RUN, "j", "2026-11-25T10:00:00Z", null, null,
                List.of(EventWrites.dataset("kafka://b:9092", "t1", "id:long"), EventWrites.dataset("kafka://b:9092",
                        "t1")),
                List.of(EventWrites.dataset("kafka://b:9092", "t1", "id:long", "amount:string"))), 1L,
                Map.of("t1", TYPE));

        assertThat(write.datasets()).hasSize(1);
        DatasetWrite dataset = write.datasets().get(0);
        assertThat(dataset.key()).isEqualTo(Keys.of(DatasetId.of("kafka://b:9092", "t1")));
        assertThat(dataset.state().schemaJson()).contains("amount"); // the last schema seen
        assertThat(dataset.state().runId()).isEqualTo(RUN.toString());
        assertThat(write.io()).extracting(IoWrite::direction).containsExactly('I', 'O');
        assertThat(write.io().get(0).facetsJson()).contains("schema"); // the second input had none: the first stays
        assertThat(write.io()).allSatisfy(io -> assertThat(io.drift()).contains(TYPE));
    }

    @Test
    void laterNullsKeepEarlierValuesAndRowsComeSortedByKey() {
        EventWrite.Builder builder = EventWrite.builder(EventWrites.plan(EventWrites.datasetEvent(
                "2026-11-25T10:00:00Z", EventWrites.dataset("file", "x")), 1L, Map.of()).event(), 1L, null, null);
        List<DatasetId> ids = List.of(DatasetId.of("file", "c"), DatasetId.of("file", "a"), DatasetId.of("file", "b"));
        ids.forEach(id -> builder.dataset(id, new EventWrite.DatasetState("{}", "[]", "s", "RULE", 2, "r")));
        builder.dataset(ids.get(0), new EventWrite.DatasetState(null, null, null, null, null, null));
        String key = Keys.of(ids.get(0));
        builder.io(new IoWrite(key, 'I', "s", 2, 7, "{}", Optional.of(TYPE)));
        builder.io(new IoWrite(key, 'I', "s2", 3, 8, null, Optional.empty()));

        EventWrite write = builder.build();
        assertThat(write.datasets()).extracting(DatasetWrite::key).isSorted().hasSize(3);
        EventWrite.DatasetState folded = write.datasets().stream().filter(d -> d.key().equals(key)).findFirst()
                .orElseThrow().state();
        assertThat(folded).isEqualTo(new EventWrite.DatasetState("{}", "[]", null, null, 2, "r"));
        assertThat(write.io()).containsExactly(new IoWrite(key, 'I', "s2", 3, 8, "{}", Optional.of(TYPE)));
    }
}
