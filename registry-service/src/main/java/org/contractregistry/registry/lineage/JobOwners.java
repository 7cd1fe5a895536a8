package org.contractregistry.registry.lineage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import org.contractregistry.lineage.ids.DatasetId;
import org.contractregistry.registry.domain.QualifiedSubject;
import org.contractregistry.registry.domain.RegistryException;
import org.contractregistry.registry.domain.access.TeamDirectory;
import org.contractregistry.registry.lineage.api.Views.OwnerSourceView;
import org.contractregistry.registry.lineage.store.Rows.DatasetRow;

/**
 * Which team owns a job, known only where a binding gives one: from each dataset the job writes that is bound to a
 * subject, in this order, the first rule that names a team wins for that dataset:
 * <ol>
 * <li>{@code binding:<dataset>}: the dataset has an explicit binding; its team is the team owning the bound subject
 * by prefix or context, the only team whose owners may create or remove that binding ({@code MANAGE_SUBJECT});</li>
 * <li>{@code metadata:<subject>}: the bound subject's latest version names an {@code owner} team in its Confluent
 * {@code metadata.properties};</li>
 * <li>{@code team:<subject>}: a team owns the bound subject by prefix or context (binding by naming rule or
 * TopicNameStrategy).</li>
 * </ol>
 * A job writing datasets of several teams has them all; a job that writes no bound dataset has none ("owner unknown":
 * never a guess from names).
 */
public final class JobOwners {
    private final TeamDirectory teams;
    private final Function<String, Optional<String>> metadataOwner;
    private final Map<String, Optional<String>> metadataSeen = new HashMap<>();
    private final Map<String, List<String>> teamsSeen = new HashMap<>();

    /** For one answer: lookups are remembered, so each subject is read once however many jobs write it. */
    public JobOwners(TeamDirectory teams, Function<String, Optional<String>> metadataOwner) {
        this.teams = teams;
        this.metadataOwner = metadataOwner;
    }

    /** The owners of a job writing these datasets, each with how it was found, in dataset order. */
    public List<OwnerSourceView> of(List<DatasetRow> outputs) {
        List<OwnerSourceView> owners = new ArrayList<>();
        for (DatasetRow output : outputs) {
            for (OwnerSourceView owner : ofDataset(output)) {
                if (!owners.contains(owner)) {
                    owners.add(owner);
                }
            }
        }
        return owners;
    }

    /** The team names of these owners, sorted, once each. */
    public static List<String> names(List<OwnerSourceView> owners) {
        return List.copyOf(new TreeSet<>(owners.stream().map(OwnerSourceView::team).toList()));
    }

    private List<OwnerSourceView> ofDataset(DatasetRow output) {
        String subject = output.subject();
        if (subject == null) {
            return List.of();
        }
        List<String> byPrefix = teamsSeen.computeIfAbsent(subject, this::owningTeams);
        if ("EXPLICIT".equals(output.bindingSource()) && !byPrefix.isEmpty()) {
            String dataset = DatasetId.of(output.namespace(), output.name()).toString();
            return byPrefix.stream().map(team -> new OwnerSourceView(team, "binding:" + dataset)).toList();
        }
        Optional<String> declared = metadataSeen.computeIfAbsent(subject, metadataOwner);
        if (declared.isPresent()) {
            return List.of(new OwnerSourceView(declared.get(), "metadata:" + subject));
        }
        return byPrefix.stream().map(team -> new OwnerSourceView(team, "team:" + subject)).toList();
    }

    private List<String> owningTeams(String subject) {
        try {
            return teams.owning(QualifiedSubject.parse(subject));
        } catch (RegistryException notASubjectName) {
            return List.of();
        }
    }
}
