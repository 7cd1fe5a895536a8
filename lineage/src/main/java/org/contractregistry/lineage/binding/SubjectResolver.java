package org.contractregistry.lineage.binding;

import java.util.List;
import java.util.Optional;
import org.contractregistry.lineage.ids.DatasetId;
import org.contractregistry.lineage.naming.DatasetLocation;

/**
 * Maps a dataset to its subjects. Precedence: an explicit binding, then the first matching naming rule, then
 * TopicNameStrategy for Kafka topics ({@code <topic>-value} primary, {@code <topic>-key} secondary).
 */
public final class SubjectResolver {
    private final List<NamingRule> rules;

    public SubjectResolver(List<NamingRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<SubjectBinding> subjectsFor(DatasetId dataset, Optional<String> explicitSubject) {
        if (explicitSubject.isPresent()) {
            return List.of(new SubjectBinding(explicitSubject.get(), BindingSource.EXPLICIT, true));
        }
        for (NamingRule rule : rules) {
            Optional<String> subject = rule.subjectFor(dataset);
            if (subject.isPresent()) {
                return List.of(new SubjectBinding(subject.get(), BindingSource.NAMING_RULE, true));
            }
        }
        return DatasetLocation.of(dataset).kafkaTopic()
                .map(topic -> List.of(
                        new SubjectBinding(topic + "-value", BindingSource.TOPIC_NAME_STRATEGY, true),
                        new SubjectBinding(topic + "-key", BindingSource.TOPIC_NAME_STRATEGY, false)))
                .orElse(List.of());
    }
}
