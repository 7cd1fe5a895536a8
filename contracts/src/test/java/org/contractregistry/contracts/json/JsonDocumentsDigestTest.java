package org.contractregistry.contracts.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The content digests that let the diff skip equal subtrees: equal JSON alike, anything else apart, refs none. */
class JsonDocumentsDigestTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonDocuments docs(String json) throws Exception {
        return new JsonDocuments(JSON.readTree(json), Map.of());
    }

    @Test
    void equalJsonHasEqualDigestsWhateverTheKeyOrder() throws Exception {
        JsonDocuments a = docs("{\"properties\":{\"id\":{\"type\":\"string\",\"maxLength\":8}}}");
        JsonDocuments b = docs("{\"properties\":{\"id\":{\"maxLength\":8,\"type\":\"string\"}}}");
        assertThat(a.digest(a.root().node())).isNotNull().isEqualTo(b.digest(b.root().node()));
        assertThat(a.digest(a.root().node().at("/properties/id")))
                .isEqualTo(b.digest(b.root().node().at("/properties/id")));
    }

    @Test
    void anyDifferenceGivesAnotherDigest() throws Exception {
        String[] variants = {"{\"type\":\"string\",\"maxLength\":8}", "{\"type\":\"string\",\"maxLength\":9}",
            "{\"type\":\"string\",\"maxLength\":8.0}", "{\"type\":\"string\",\"maxLength\":\"8\"}",
            "{\"type\":[\"string\"],\"maxLength\":8}", "{\"type\":\"string\"}", "{\"enum\":[1,2]}", "{\"enum\":[2,1]}",
            "{\"a\":{\"b\":1}}", "{\"a\":{\"b\":1,\"c\":null}}", "{\"a\":[\"b\",\"c\"]}", "{\"a\":[\"b\\u0001c\"]}"};
        java.util.Set<JsonDocuments.ContentDigest> seen = new java.util.HashSet<>();
        for (String variant : variants) {
            JsonDocuments d = docs(variant);
            assertThat(seen.add(d.digest(d.root().node()))).as(variant).isTrue();
        }
    }

    @Test
    void aSubtreeWithARefHasNoDigest() throws Exception {
        JsonDocuments d = docs("{\"properties\":{\"a\":{\"$ref\":\"#/$defs/x\"},\"b\":{\"type\":\"int\"}},"
                + "\"$defs\":{\"x\":{\"type\":\"string\"}}}");
        JsonNode root = d.root().node();
        assertThat(d.digest(root)).isNull();
        assertThat(d.digest(root.at("/properties"))).isNull();
        assertThat(d.digest(root.at("/properties/a"))).isNull();
        assertThat(d.digest(root.at("/properties/b"))).isNotNull();
        assertThat(d.isRefFree(root.at("/properties/b"))).isTrue();
    }
}
