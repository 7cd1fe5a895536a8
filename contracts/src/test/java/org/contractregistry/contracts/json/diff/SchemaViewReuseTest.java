package org.contractregistry.contracts.json.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.contractregistry.contracts.Contracts;
import org.contractregistry.contracts.SchemaSource;
import org.contractregistry.contracts.json.JsonContractSchema;
import org.junit.jupiter.api.Test;

/**
 * A parsed schema is viewed and indexed once: the root view and its properties' views are kept with the schema and
 * serve every later comparison (a transitive check compares the candidate with every prior version).
 */
class SchemaViewReuseTest {
    private static JsonContractSchema parse(String text) {
        return (JsonContractSchema) Contracts.parse(SchemaSource.json(text)).orThrow();
    }

    @Test
    void theRootViewAndPropertyViewsAreMadeOncePerParsedSchema() {
        JsonContractSchema candidate = parse("{\"type\":\"object\",\"$defs\":{\"m\":{\"type\":\"integer\"}},"
                + "\"properties\":{\"a\":{\"$ref\":\"#/$defs/m\"},\"b\":{\"type\":\"string\"}}}");
        JsonContractSchema prior = parse("{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"number\"}}}");

        SchemaView root = SchemaView.root(candidate.documents(), candidate.draft());
        PropertyIndex.Property a = root.properties().get("a");
        SchemaView aView = a.view();
        assertThat(aView.node).isSameAs(candidate.root().at("/$defs/m"));

        Walk.compare(prior.documents(), prior.draft(), candidate.documents(), candidate.draft());
        Walk.compare(candidate.documents(), candidate.draft(), prior.documents(), prior.draft());

        assertThat(SchemaView.root(candidate.documents(), candidate.draft())).isSameAs(root);
        assertThat(root.properties()).isSameAs(root.properties());
        assertThat(root.properties().get("a").view()).isSameAs(aView);
        assertThat(root.properties().inOrder()).extracting(p -> p.name).containsExactly("a", "b");
    }

    @Test
    void findingsOfAReusedPairRepeat() {
        JsonContractSchema candidate = parse("{\"type\":\"object\",\"additionalProperties\":false,"
                + "\"properties\":{\"a\":{\"type\":\"integer\"},\"c\":{\"type\":\"string\"}},\"required\":[\"c\"]}");
        JsonContractSchema prior = parse("{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"number\"},"
                + "\"b\":{\"type\":\"string\"}}}");
        var first = Walk.compare(prior.documents(), prior.draft(), candidate.documents(), candidate.draft());
        var second = Walk.compare(prior.documents(), prior.draft(), candidate.documents(), candidate.draft());
        assertThat(first).isNotEmpty().isEqualTo(second);
        assertThat(first).extracting(Walk.Difference::type).contains(JsonDifference.TYPE_NARROWED,
                JsonDifference.PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL,
                JsonDifference.PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL);
    }
}
