package org.contractregistry.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.contractregistry.registry.domain.DocumentMergeTest.json;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Metadata and rules of a shape Confluent's JSON binding cannot read are 422, naming the field. */
class DocumentShapesTest {

    @Test
    void confluentShapedDocumentsPass() {
        assertThatCode(() -> DocumentShapes.requireMetadata(json("{'tags':{'Order.ssn':['PII']},"
                + "'properties':{'owner':'team-a','confluent:version':'3'},'sensitive':['owner'],'extra':1}"),
                "metadata")).doesNotThrowAnyException();
        assertThatCode(() -> DocumentShapes.requireRuleSet(json("{'domainRules':[{'name':'r','type':'CEL',"
                + "'tags':['PII'],'params':{'k':'v'},'disabled':false}],'enableAt':1}")))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "properties not an object|{'properties':1}|'metadata.properties' must be an object of strings",
        "a property not a string|{'properties':{'a':1}}|'metadata.properties.a' must be a string",
        "tags not an object|{'tags':['x']}|'metadata.tags' must be an object of string arrays",
        "a tag list not an array|{'tags':{'f':'PII'}}|'metadata.tags.f' must be an array of strings",
        "sensitive not an array|{'sensitive':'x'}|'metadata.sensitive' must be an array of strings",
        "sensitive with a number|{'sensitive':['a',2]}|'metadata.sensitive' must be an array of strings",
    })
    void metadataOfAnotherShapeIs422(String what, String metadata, String message) {
        assertRefused(() -> DocumentShapes.requireMetadata(json(metadata), "metadata"), message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "list not an array|{'domainRules':{}}|domainRules must be an array of rules",
        "rule not an object|{'encodingRules':['r']}|'encodingRules[0]' must be a JSON object (a rule)",
        "params not strings|{'domainRules':[{'name':'r','type':'CEL','params':{'a':1}}]}"
                + "|'domainRules[0].params.a' must be a string",
        "tags not an array|{'migrationRules':[{'name':'r','type':'X','tags':'PII'}]}"
                + "|'migrationRules[0].tags' must be an array of strings",
        "disabled not a boolean|{'domainRules':[{'name':'r','type':'CEL','disabled':'x'}]}"
                + "|'domainRules[0].disabled' must be true or false",
    })
    void rulesOfAnotherShapeAre422(String what, String ruleSet, String message) {
        assertRefused(() -> DocumentShapes.requireRuleSet(json(ruleSet)), message);
        assertRefused(() -> RuleSetValidation.validate(json(ruleSet)), message);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RegistryException.class, e -> {
            assertThat(e.errorCode()).isEqualTo(ErrorCode.UNPROCESSABLE_REQUEST);
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }
}
