package org.contractregistry.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Confluent's layering and merging of metadata and rule sets, on plain JSON. */
class DocumentMergeTest {

    static JsonNode json(String text) {
        return Json.read(text.replace('\'', '"'));
    }

    private static DataContractConfig config(String defaultMetadata, String overrideMetadata, String defaultRuleSet,
            String overrideRuleSet) {
        return new DataContractConfig(parse(defaultMetadata), parse(overrideMetadata), parse(defaultRuleSet),
                parse(overrideRuleSet), null, false);
    }

    private static JsonNode parse(String text) {
        return text == null ? null : json(text);
    }

    @Test
    void propertiesMergeKeyByKeyTheLaterWinningAndSensitiveIsTheUnion() {
        JsonNode merged = DocumentMerge.metadata(
                json("{'properties':{'owner':'a','tier':'1'},'sensitive':['ssn','email'],'tags':{'f1':['PII']}}"),
                json("{'properties':{'tier':'2','team':'x'},'sensitive':['email','card'],'tags':{'f2':['X','B']}}"));
        assertThat(merged).isEqualTo(json("{'tags':{'f1':['PII'],'f2':['B','X']},"
                + "'properties':{'owner':'a','team':'x','tier':'2'},'sensitive':['card','email','ssn']}"));
    }

    @Test
    void tagsOfOnePathAreReplacedNotJoined() {
        JsonNode merged = DocumentMerge.metadata(json("{'tags':{'f1':['A','B']}}"), json("{'tags':{'f1':['C']}}"));
        assertThat(merged).isEqualTo(json("{'tags':{'f1':['C']}}"));
    }

    @Test
    void anAbsentSideAnswersTheOtherAsItIs() {
        JsonNode sent = json("{'properties':{'z':'1','a':'2'}}");
        assertThat(DocumentMerge.metadata(null, sent)).isSameAs(sent);
        assertThat(DocumentMerge.metadata(sent, null)).isSameAs(sent);
        assertThat(DocumentMerge.ruleSet(null, null)).isNull();
    }

    @Test
    void emptyPartsAreLeftOut() {
        assertThat(DocumentMerge.metadata(json("{'properties':{}}"), json("{'sensitive':[]}")))
                .isEqualTo(json("{}"));
    }

    @Test
    void laterRulesReplaceEarlierRulesOfTheSameNameAndComeLast() {
        JsonNode merged = DocumentMerge.ruleSet(
                json("{'domainRules':[{'name':'a','type':'CEL'},{'name':'b','type':'CEL'}],"
                        + "'migrationRules':[{'name':'m','type':'JSONATA','mode':'UPGRADE'}]}"),
                json("{'domainRules':[{'name':'b','type':'CEL','expr':'x'},{'name':'c','type':'CEL'}],"
                        + "'enableAt':'2026-01-01'}"));
        assertThat(merged).isEqualTo(json("{'migrationRules':[{'name':'m','type':'JSONATA','mode':'UPGRADE'}],"
                + "'domainRules':[{'name':'a','type':'CEL'},{'name':'b','type':'CEL','expr':'x'},"
                + "{'name':'c','type':'CEL'}],'enableAt':'2026-01-01'}"));
    }

    @Test
    void layersAreDefaultThenRequestThenOverride() {
        DataContractConfig config = config("{'properties':{'owner':'default','tier':'1'}}",
                "{'properties':{'tier':'forced'}}", null, null);
        Documents merged = DocumentMerge.layered(config,
                new Documents(json("{'properties':{'owner':'me','tier':'2'}}"), null), () -> null);
        assertThat(merged.metadata()).isEqualTo(json("{'properties':{'owner':'me','tier':'forced'}}"));
        assertThat(merged.ruleSet()).isNull();
    }

    @Test
    void aRequestWithoutDocumentsTakesThePreviousVersionsAndOnlyThenAsksForThem() {
        AtomicInteger asked = new AtomicInteger();
        Documents previous = new Documents(json("{'properties':{'owner':'old'}}"),
                json("{'domainRules':[{'name':'r','type':'CEL'}]}"));
        Documents inherited = DocumentMerge.layered(DataContractConfig.NONE, new Documents(null, null), () -> {
            asked.incrementAndGet();
            return previous;
        });
        assertThat(inherited).isEqualTo(previous);

        JsonNode own = json("{'properties':{'owner':'new'}}");
        Documents half = DocumentMerge.layered(DataContractConfig.NONE, new Documents(own, null), () -> previous);
        assertThat(half.metadata()).isSameAs(own);
        assertThat(half.ruleSet()).isSameAs(previous.ruleSet());

        Documents full = new Documents(own, json("{}"));
        assertThat(DocumentMerge.layered(DataContractConfig.NONE, full, () -> {
            asked.incrementAndGet();
            return previous;
        })).isSameAs(full);
        assertThat(asked).hasValue(1);
    }

    @Test
    void defaultRuleSetsJoinTheRequestsRules() {
        DataContractConfig config = config(null, null, "{'migrationRules':[{'name':'foo','type':'IGNORE',"
                + "'mode':'UPGRADE'}]}", null);
        Documents merged = DocumentMerge.layered(config, new Documents(null,
                json("{'migrationRules':[{'name':'bar','type':'type1','mode':'UPGRADE'}]}")), () -> null);
        assertThat(merged.ruleSet().path("migrationRules").findValuesAsText("name")).containsExactly("foo", "bar");
    }
}
