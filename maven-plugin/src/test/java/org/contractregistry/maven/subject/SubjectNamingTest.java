package org.contractregistry.maven.subject;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SubjectNamingTest {

    @Test
    void topicNameGivesValueSubjectFromTheBaseName() {
        assertThat(SubjectNaming.TOPIC_NAME.subjectFor("orders", Optional.of("acme.Order"))).contains("orders-value");
    }

    @Test
    void topicNameGivesKeySubjectForAKeyFile() {
        assertThat(SubjectNaming.TOPIC_NAME.subjectFor("orders-key", Optional.empty())).contains("orders-key");
        assertThat(SubjectNaming.TOPIC_NAME.subjectFor("orders-value", Optional.empty())).contains("orders-value");
    }

    @Test
    void recordNameUsesTheFullRecordNameAndNeedsOne() {
        assertThat(SubjectNaming.RECORD_NAME.subjectFor("orders", Optional.of("acme.Order"))).contains("acme.Order");
        assertThat(SubjectNaming.RECORD_NAME.subjectFor("orders", Optional.empty())).isEmpty();
    }

    @Test
    void topicRecordNameJoinsTopicAndRecord() {
        assertThat(SubjectNaming.TOPIC_RECORD_NAME.subjectFor("orders-key", Optional.of("acme.OrderKey")))
                .contains("orders-acme.OrderKey");
    }

    @Test
    void parseAcceptsConfluentClassNamesAndEnumNames() {
        assertThat(SubjectNaming.parse("io.confluent.kafka.serializers.subject.TopicRecordNameStrategy"))
                .contains(SubjectNaming.TOPIC_RECORD_NAME);
        assertThat(SubjectNaming.parse("RecordNameStrategy")).contains(SubjectNaming.RECORD_NAME);
        assertThat(SubjectNaming.parse("topic_name")).contains(SubjectNaming.TOPIC_NAME);
        assertThat(SubjectNaming.parse("TopicName")).contains(SubjectNaming.TOPIC_NAME);
        assertThat(SubjectNaming.parse("Wibble")).isEmpty();
    }
}
