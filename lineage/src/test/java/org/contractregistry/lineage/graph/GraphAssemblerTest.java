package org.contractregistry.lineage.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.contractregistry.lineage.ids.DatasetId;
import org.contractregistry.lineage.ids.JobId;
import org.contractregistry.lineage.ids.NodeId;
import org.contractregistry.lineage.ids.NodeType;
import org.junit.jupiter.api.Test;

class GraphAssemblerTest {
    private static final DatasetId RAW = DatasetId.of("file", "/data/raw.csv");
    private static final DatasetId MID = DatasetId.of("file", "/data/mid.parquet");
    private static final DatasetId OUT = DatasetId.of("kafka://broker:9092", "enriched");
    private static final JobId FIRST = JobId.of("spark", "first");
    private static final JobId SECOND = JobId.of("spark", "second");

    private static Lineage assemble(List<IoEdge> edges) {
        return GraphAssembler.assemble(NodeId.of(MID), edges,
                d -> new DatasetNodeData(d.namespace().value(), d.name(), null, null, List.of()),
                j -> new JobNodeData(j.namespace().value(), j.name(), "SPARK", null, null, null, null));
    }

    private static List<IoEdge> chain() {
        return List.of(new IoEdge(FIRST, RAW, IoEdge.Direction.INPUT), new IoEdge(FIRST, MID, IoEdge.Direction.OUTPUT),
                new IoEdge(SECOND, MID, IoEdge.Direction.INPUT), new IoEdge(SECOND, OUT, IoEdge.Direction.OUTPUT));
    }

    @Test
    void buildsNodesWithInAndOutEdges() {
        Lineage lineage = assemble(chain());
        assertThat(lineage.graph()).extracting(n -> n.id().value()).containsExactly(
                "dataset:file:/data/mid.parquet", "dataset:file:/data/raw.csv", "dataset:kafka://broker:9092:enriched",
                "job:spark:first", "job:spark:second");
        Node mid = lineage.graph().first();
        assertThat(mid.type()).isEqualTo(NodeType.DATASET);
        assertThat(mid.inEdges()).containsExactly(new Edge(NodeId.of(FIRST), NodeId.of(MID)));
        assertThat(mid.outEdges()).containsExactly(new Edge(NodeId.of(MID), NodeId.of(SECOND)));
    }

    @Test
    void sameEdgesInAnyOrderGiveTheSameGraph() {
        List<IoEdge> shuffled = new ArrayList<>(chain());
        Collections.reverse(shuffled);
        assertThat(assemble(shuffled)).isEqualTo(assemble(chain()));
        assertThat(assemble(shuffled).toString()).isEqualTo(assemble(chain()).toString());
    }

    @Test
    void aNodeWithoutEdgesIsStillInTheGraph() {
        Lineage alone = assemble(List.of());
        assertThat(alone.graph()).singleElement().satisfies(n -> {
            assertThat(n.id()).isEqualTo(NodeId.of(MID));
            assertThat(n.inEdges()).isEmpty();
        });
    }
}
