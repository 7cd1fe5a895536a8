package org.contractregistry.lineage.binding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.contractregistry.lineage.ids.DatasetId;
import org.contractregistry.lineage.naming.DatasetLocation;
import org.junit.jupiter.api.Test;

class SubjectResolverTest {
    private final NamingRule tables = NamingRule.parse("postgres://.*|\\w+\\.public\\.(\\w+)|{1}-value");
    private final SubjectResolver resolver = new SubjectResolver(List.of(tables));

    @Test
    void kafkaTopicsBindByTopicNameStrategy() {
        List<SubjectBinding> subjects = resolver.subjectsFor(DatasetId.of("kafka://broker:9092", "orders"), Optional.empty());
        assertThat(subjects).containsExactly(
                new SubjectBinding("orders-value", BindingSource.TOPIC_NAME_STRATEGY, true),
                new SubjectBinding("orders-key", BindingSource.TOPIC_NAME_STRATEGY, false));
    }

    @Test
    void explicitBindingWinsOverRulesAndTopics() {
        assertThat(resolver.subjectsFor(DatasetId.of("kafka://broker:9092", "orders"), Optional.of("legacy-orders")))
                .containsExactly(new SubjectBinding("legacy-orders", BindingSource.EXPLICIT, true));
    }

    @Test
    void namingRulesBindTables() {
        assertThat(resolver.subjectsFor(DatasetId.of("postgres://db:5432", "shop.public.orders"), Optional.empty()))
                .containsExactly(new SubjectBinding("orders-value", BindingSource.NAMING_RULE, true));
        assertThat(resolver.subjectsFor(DatasetId.of("postgres://db:5432", "shop.audit.orders"), Optional.empty()))
                .isEmpty();
        assertThat(resolver.subjectsFor(DatasetId.of("file", "/data/orders.csv"), Optional.empty())).isEmpty();
    }

    @Test
    void templatesUseNamespaceNameAndGroups() {
        NamingRule rule = NamingRule.parse("file|/data/(\\w+)/(\\w+)\\.parquet|{1}.{2}-{namespace}");
        assertThat(rule.subjectFor(DatasetId.of("file", "/data/sales/orders.parquet"))).contains("sales.orders-file");
        assertThat(rule.subjectFor(DatasetId.of("file", "/elsewhere/orders.parquet"))).isEmpty();
    }

    @Test
    void badRulesAreRefusedWithTheReason() {
        assertThatThrownBy(() -> NamingRule.parse("only|two")).hasMessageContaining("must be '<namespace regex>");
        assertThatThrownBy(() -> NamingRule.parse("(|x|y")).hasMessageContaining("bad regex");
    }

    @Test
    void locationsFollowOpenLineageNaming() {
        assertThat(DatasetLocation.of(DatasetId.of("kafka://broker:9092", "orders")))
                .isEqualTo(new DatasetLocation("kafka", "broker:9092", "orders"));
        assertThat(DatasetLocation.of(DatasetId.of("s3://bucket", "raw/orders")).scheme()).isEqualTo("s3");
        assertThat(DatasetLocation.of(DatasetId.of("file", "/tmp/x")).kafkaTopic()).isEmpty();
    }
}
