package org.contractregistry.registry.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.contractregistry.registry.domain.DocumentMergeTest.json;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Confluent's rule set checks: 42210 with its sentence, 422 for a document of the wrong shape. */
class RuleSetValidationTest {

    private static void assertRefused(String ruleSet, ErrorCode code, String message) {
        assertThatThrownBy(() -> RuleSetValidation.validate(json(ruleSet)))
                .isInstanceOfSatisfying(RegistryException.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(e.errorCode()).isEqualTo(code);
                    org.assertj.core.api.Assertions.assertThat(e.getMessage()).contains(message);
                });
    }

    @Test
    void aValidRuleSetPasses() {
        assertThatCode(() -> RuleSetValidation.validate(json("{'migrationRules':[{'name':'up_1','type':'JSONATA',"
                + "'mode':'UPDOWN','onFailure':'ERROR,NONE'}],'domainRules':[{'name':'checkSsn','kind':'CONDITION',"
                + "'type':'CEL','mode':'WRITE','expr':'size(message.ssn) == 9'},{'name':'pii-mask','type':'ENCRYPT'}],"
                + "'encodingRules':[{'name':'enc','type':'ENCRYPT_PAYLOAD','mode':'WRITEREAD'}]}")))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "missing name|{'domainRules':[{'type':'CEL'}]}|Missing rule name",
        "empty name|{'domainRules':[{'name':'','type':'CEL'}]}|Empty rule name",
        "digit first|{'domainRules':[{'name':'1st','type':'CEL'}]}|Illegal initial character in rule name: 1st",
        "illegal character|{'domainRules':[{'name':'a.b','type':'CEL'}]}|Illegal character in rule name: a.b",
        "missing type|{'domainRules':[{'name':'a'}]}|Missing rule type",
        "duplicate across lists|{'migrationRules':[{'name':'a','type':'X','mode':'UPGRADE'}],"
                + "'domainRules':[{'name':'a','type':'CEL'}]}|Found rule with duplicate name 'a'",
        "migration mode|{'migrationRules':[{'name':'a','type':'X','mode':'WRITE'}]}"
                + "|Migration rules can only be UPGRADE, DOWNGRADE, UPDOWN",
        "migration without mode is WRITEREAD|{'migrationRules':[{'name':'a','type':'X'}]}"
                + "|Migration rules can only be UPGRADE, DOWNGRADE, UPDOWN",
        "domain mode|{'domainRules':[{'name':'a','type':'X','mode':'UPGRADE'}]}"
                + "|Domain rules can only be WRITE, READ, WRITEREAD",
        "encoding mode|{'encodingRules':[{'name':'a','type':'X','mode':'DOWNGRADE'}]}"
                + "|Encoding rules can only be WRITE, READ, WRITEREAD",
        "two actions on a single mode|{'domainRules':[{'name':'a','type':'X','mode':'WRITE','onSuccess':'NONE,ERROR'}]}"
                + "|Multiple actions only valid with WRITEREAD and UPDOWN",
    })
    void eachBrokenRuleIs42210(String what, String ruleSet, String message) {
        assertRefused(ruleSet, ErrorCode.INVALID_RULESET, message);
    }

    @Test
    void aNameOfSixtyFiveCharactersIsTooLong() {
        String name = "a".repeat(65);
        assertThatCode(() -> RuleSetValidation.validate(json("{'domainRules':[{'name':'" + name.substring(1)
                + "','type':'CEL'}]}"))).doesNotThrowAnyException();
        assertRefused("{'domainRules':[{'name':'" + name + "','type':'CEL'}]}", ErrorCode.INVALID_RULESET,
                "Rule name too long");
    }

    @Test
    void documentsOfTheWrongShapeAre422() {
        assertRefused("{'domainRules':{'name':'a'}}", ErrorCode.UNPROCESSABLE_REQUEST, "must be an array");
        assertRefused("{'domainRules':[{'name':'a','type':'CEL','mode':'SIDEWAYS'}]}",
                ErrorCode.UNPROCESSABLE_REQUEST, "Unknown rule mode 'SIDEWAYS'");
        assertRefused("{'domainRules':[{'name':'a','type':'CEL','kind':'MAYBE'}]}",
                ErrorCode.UNPROCESSABLE_REQUEST, "Unknown rule kind 'MAYBE'");
        assertRefused("[]", ErrorCode.INVALID_RULESET, "ruleSet must be a JSON object");
    }
}
