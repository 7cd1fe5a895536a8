package org.contractregistry.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.contractregistry.registry.domain.DocumentMergeTest.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import javax.sql.DataSource;
import org.contractregistry.registry.store.TestDatabases;
import org.junit.jupiter.api.Test;

/** Config defaults and overrides, inherited documents, compatibility groups and reserved fields, without Quarkus. */
class DataContractRegistrationTest {
    private static final String F1 = "{\"type\":\"record\",\"name\":\"myrecord\",\"fields\":["
            + "{\"type\":\"string\",\"name\":\"f1\"}]}";
    private static final String F1_F2 = "{\"type\":\"record\",\"name\":\"myrecord\",\"fields\":["
            + "{\"type\":\"string\",\"name\":\"f1\"},{\"type\":\"string\",\"name\":\"f2\"}]}";
    private static final String F1_F2_F3 = "{\"type\":\"record\",\"name\":\"myrecord\",\"fields\":["
            + "{\"type\":\"string\",\"name\":\"f1\"},{\"type\":\"string\",\"name\":\"f2\"},"
            + "{\"type\":\"string\",\"name\":\"f3\"}]}";

    private final DataSource dataSource = TestDatabases.h2();
    private final Registry registry = Registry.over(dataSource, new MutableClock(1_000));
    private final QualifiedSubject subject = QualifiedSubject.parse("orders-value");

    private SubjectVersionView register(String schema, String metadata, String ruleSet) {
        return register(registry, subject, schema, metadata, ruleSet);
    }

    private static SubjectVersionView register(Registry registry, QualifiedSubject subject, String schema,
            String metadata, String ruleSet) {
        return registry.registrations().register(subject, draft(schema, metadata, ruleSet), false, false);
    }

    private static SchemaDraft draft(String schema, String metadata, String ruleSet) {
        return new SchemaDraft(schema, null, List.of(), metadata == null ? null : json(metadata),
                ruleSet == null ? null : json(ruleSet), null, null);
    }

    private void config(QualifiedSubject scope, String body) {
        registry.settings().putConfig(scope, (ObjectNode) json(body));
    }

    private static RegistryException refusal(Runnable action) {
        try {
            action.run();
        } catch (RegistryException e) {
            return e;
        }
        throw new AssertionError("expected a refusal");
    }

    /** Confluent's testConfigMetadata: default, then the request's or the previous version's, then the override. */
    @Test
    void configMetadataLayersOverTheRequestOrThePreviousVersion() {
        config(SettingsService.global(), "{'defaultMetadata':{'properties':{'configKey':'configValue'}}}");
        SubjectVersionView v1 = register(F1, "{'properties':{'subjectKey':'subjectValue'}}", null);
        assertThat(v1.schema().metadata())
                .isEqualTo(json("{'properties':{'configKey':'configValue','subjectKey':'subjectValue'}}"));

        config(SettingsService.global(), "{'compatibility':'FORWARD'}");
        SubjectVersionView v2 = register(F1_F2, null, null);
        assertThat(v2.version().version()).isEqualTo(2);
        assertThat(v2.schema().metadata()).as("inherited from version 1").isEqualTo(v1.schema().metadata());
        assertThat(registry.registrations().lookup(subject, SchemaDraft.of(F1_F2, null), false, false).version()
                .version()).isEqualTo(2);
        assertThat(register(F1_F2, null, null).version().version()).as("idempotent").isEqualTo(2);

        SubjectVersionView v3 = register(F1_F2_F3, "{'properties':{'newSubjectKey':'newSubjectValue'}}", null);
        assertThat(v3.schema().metadata())
                .isEqualTo(json("{'properties':{'configKey':'configValue','newSubjectKey':'newSubjectValue'}}"));
    }

    @Test
    void overridesWinAndChangeTheContentKey() {
        SubjectVersionView plain = register(registry, QualifiedSubject.parse("plain"), F1, null, null);
        config(subject, "{'overrideMetadata':{'properties':{'owner':'platform'}},"
                + "'defaultRuleSet':{'domainRules':[{'name':'present','type':'CEL','expr':'true'}]}}");
        SubjectVersionView v1 = register(F1, "{'properties':{'owner':'me','app':'x'}}", null);
        assertThat(v1.schema().metadata()).isEqualTo(json("{'properties':{'app':'x','owner':'platform'}}"));
        assertThat(v1.schema().ruleSet().path("domainRules").get(0).path("name").asText()).isEqualTo("present");
        assertThat(v1.schema().id()).isNotEqualTo(plain.schema().id());
    }

    @Test
    void defaultRuleSetRulesComeBeforeTheRequestsAndAreInherited() {
        config(SettingsService.global(), "{'defaultRuleSet':{'migrationRules':[{'name':'foo','type':'IGNORE',"
                + "'mode':'UPGRADE'}]}}");
        SubjectVersionView v1 = register(F1, null, "{'migrationRules':[{'name':'bar','type':'type1','mode':'UPGRADE'}]}");
        assertThat(v1.schema().ruleSet().path("migrationRules").findValuesAsText("name")).containsExactly("foo", "bar");
        config(SettingsService.global(), "{'compatibility':'FORWARD'}");
        SubjectVersionView v2 = register(F1_F2, null, null);
        assertThat(v2.schema().ruleSet()).isEqualTo(v1.schema().ruleSet());
    }

    /** The guess before the write knows what a draft without documents inherits: no id is reserved in vain. */
    @Test
    void reRegisteringWithoutTheInheritedMetadataFindsTheVersionWithoutUsingAnId() {
        SubjectVersionView v1 = register(F1, "{'properties':{'owner':'team-a'}}", null);
        assertThat(register(F1, null, null).schema().id()).isEqualTo(v1.schema().id());
        assertThat(register(registry, QualifiedSubject.parse("next"), F1_F2_F3, null, null).schema().id())
                .isEqualTo(v1.schema().id() + 1);
    }

    /** As Confluent, the schema as sent is looked up before layering when the config has no defaults. */
    @Test
    void aSchemaEqualToAnOlderVersionAsSentIsThatVersion() {
        config(subject, "{'compatibility':'NONE'}");
        SubjectVersionView v1 = register(F1, null, null);
        register(F1_F2, "{'properties':{'owner':'team-a'}}", null);
        assertThat(register(F1, null, null).version().version()).isEqualTo(v1.version().version());
    }

    @Test
    void lookupTriesAgainWithTheLayeredDocuments() {
        config(subject, "{'defaultMetadata':{'properties':{'team':'a'}}}");
        SubjectVersionView v1 = register(F1, "{'properties':{'app':'x'}}", null);
        assertThat(v1.schema().metadata()).isEqualTo(json("{'properties':{'app':'x','team':'a'}}"));
        assertThat(registry.registrations().lookup(subject, draft(F1, "{'properties':{'app':'x'}}", null), false,
                false).version().version()).isEqualTo(1);
        assertThatThrownBy(() -> registry.registrations().lookup(subject, draft(F1, "{'properties':{'app':'y'}}",
                null), false, false)).extracting(e -> ((RegistryException) e).errorCode())
                .isEqualTo(ErrorCode.SCHEMA_NOT_FOUND);
    }

    /** Confluent's testCompatibilityGroup: a major version per value of the group property. */
    @Test
    void compatibilityIsCheckedOnlyWithinTheCompatibilityGroup() {
        config(SettingsService.global(), "{'compatibilityGroup':'application.version'}");
        register(F1, "{'properties':{'application.version':'1'}}", null);
        RegistryException refused = refusal(() -> register(F1_F2, null, null));
        assertThat(refused.errorCode()).isEqualTo(ErrorCode.INCOMPATIBLE_SCHEMA);
        assertThat(refused.getMessage()).contains("{validateFields: 'false', compatibility: 'BACKWARD'");

        assertThat(registry.compatibility().check(subject, null, draft(F1_F2, null, null), false, false)
                .compatible()).as("without metadata it inherits group 1").isFalse();
        assertThat(registry.compatibility().check(subject, VersionSpec.LATEST,
                draft(F1_F2, "{'properties':{'application.version':'2'}}", null), false, false).compatible()).isTrue();
        SubjectVersionView v2 = register(F1_F2, "{'properties':{'application.version':'2'}}", null);
        assertThat(v2.version().version()).isEqualTo(2);
        assertThat(register(F1, "{'properties':{'application.version':'2'}}", null).version().version())
                .as("group 2 is BACKWARD on its own: removing f2 is compatible").isEqualTo(3);
    }

    @Test
    void reservedFieldsAreEnforcedWithValidateFieldsEvenAtLevelNone() {
        config(subject, "{'compatibility':'NONE','validateFields':true}");
        register(F1, "{'properties':{'confluent:reserved':'f2,f3'}}", null);
        RegistryException conflict = refusal(() -> register(F1_F2, null, null));
        assertThat(conflict.errorCode()).isEqualTo(ErrorCode.INCOMPATIBLE_SCHEMA);
        assertThat(conflict.getMessage()).contains("The new schema has field that conflicts with the reserved field f2.",
                "{validateFields: 'true', compatibility: 'NONE'");
        RegistryException removed = refusal(() -> register(F1, "{'properties':{'confluent:reserved':'f3'}}", null));
        assertThat(removed.getMessage()).contains("The new schema has reserved field f2 removed from its metadata");

        CompatibilityAnswer answer = registry.compatibility().check(subject, null, draft(F1_F2, null, null), false,
                true);
        assertThat(answer.compatible()).isFalse();
        assertThat(answer.messages()).containsExactly(
                "The new schema has field that conflicts with the reserved field f2.",
                "{validateFields: 'true', compatibility: 'NONE'}");
        assertThat(register(F1, "{'properties':{'confluent:reserved':'f2,f3,f4'}}", null).version().version())
                .as("every reserved name kept, none a field").isEqualTo(2);
    }

    @Test
    void importStoresTheDocumentsAsSent() {
        config(SettingsService.global(), "{'defaultMetadata':{'properties':{'configKey':'v'}}}");
        registry.settings().putMode(subject, "IMPORT", false);
        SchemaDraft imported = new SchemaDraft(F1, null, List.of(), json("{'properties':{'app':'x'}}"), null, 70, 4);
        JsonNode stored = registry.registrations().register(subject, imported, false, false).schema().metadata();
        assertThat(stored).isEqualTo(json("{'properties':{'app':'x'}}"));
    }

    @Test
    void anInvalidRuleSetIsRefusedWith42210() {
        RegistryException refused = refusal(() -> register(F1, null, "{'domainRules':[{'name':'x'}]}"));
        assertThat(refused.errorCode()).isEqualTo(ErrorCode.INVALID_RULESET);
        assertThat(refused.getMessage()).contains("Missing rule type");
        RegistryException config = refusal(() -> config(subject,
                "{'overrideRuleSet':{'migrationRules':[{'name':'m','type':'X','mode':'READ'}]}}"));
        assertThat(config.errorCode()).isEqualTo(ErrorCode.INVALID_RULESET);
    }
}
