package org.contractregistry.registry.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.contractregistry.registry.domain.access.Team;
import org.contractregistry.registry.domain.access.TeamDirectory;
import org.contractregistry.registry.lineage.api.Views.OwnerSourceView;
import org.contractregistry.registry.lineage.store.Rows.DatasetRow;
import org.junit.jupiter.api.Test;

/** A job's owners come only from bindings of the datasets it writes, in rule order, never from a guess. */
class JobOwnersTest {
    private static final List<Team> TEAMS = List.of(
            new Team("payments", List.of("payments."), List.of()),
            new Team("analytics", List.of(), List.of(":.analytics:")));
    private static final TeamDirectory DIRECTORY = new TeamDirectory() {
        @Override
        public Optional<Team> team(String name) {
            return TEAMS.stream().filter(t -> t.name().equals(name)).findFirst();
        }

        @Override
        public List<Team> all() {
            return TEAMS;
        }
    };
    private static final Map<String, String> METADATA_OWNERS = Map.of(
            "payments.settled-value", "treasury", "shipments-value", "logistics");

    private final List<String> metadataReads = new ArrayList<>();
    private final JobOwners owners = new JobOwners(DIRECTORY, subject -> {
        metadataReads.add(subject);
        return Optional.ofNullable(METADATA_OWNERS.get(subject));
    });

    private static DatasetRow output(String name, String subject, String source) {
        return new DatasetRow("k-" + name, "kafka://b:9092", name, null, null, subject, source, null, null, null);
    }

    @Test
    void shouldTakeTheTeamOfAnExplicitBindingBeforeTheSubjectsMetadataOwner() {
        assertThat(owners.of(List.of(output("settled", "payments.settled-value", "EXPLICIT"))))
                .containsExactly(new OwnerSourceView("payments", "binding:kafka://b:9092:settled"));
        assertThat(metadataReads).isEmpty();
    }

    @Test
    void shouldTakeTheMetadataOwnerThenThePrefixTeamWhenTheBindingIsNotExplicit() {
        assertThat(owners.of(List.of(output("settled", "payments.settled-value", "TOPIC_NAME"))))
                .containsExactly(new OwnerSourceView("treasury", "metadata:payments.settled-value"));
        assertThat(owners.of(List.of(output("refunds", "payments.refunds-value", "NAMING_RULE"))))
                .containsExactly(new OwnerSourceView("payments", "team:payments.refunds-value"));
        assertThat(owners.of(List.of(output("shipments", "shipments-value", "EXPLICIT"))))
                .as("an explicit binding on a subject no team owns falls back to the metadata owner")
                .containsExactly(new OwnerSourceView("logistics", "metadata:shipments-value"));
    }

    @Test
    void shouldListEveryTeamOfAJobWritingSeveralTeamsDatasetsOnce() {
        List<OwnerSourceView> found = owners.of(List.of(
                output("refunds", "payments.refunds-value", "EXPLICIT"),
                output("daily", ":.analytics:daily-value", "EXPLICIT"),
                output("refunds-copy", "payments.refunds-value", "EXPLICIT")));
        assertThat(found).containsExactly(
                new OwnerSourceView("payments", "binding:kafka://b:9092:refunds"),
                new OwnerSourceView("analytics", "binding:kafka://b:9092:daily"),
                new OwnerSourceView("payments", "binding:kafka://b:9092:refunds-copy"));
        assertThat(JobOwners.names(found)).containsExactly("analytics", "payments");
    }

    @Test
    void shouldKnowNoOwnerForAJobWritingNothingBoundOrNothingOwned() {
        assertThat(owners.of(List.of())).isEmpty();
        assertThat(owners.of(List.of(output("scratch", null, null)))).isEmpty();
        assertThat(owners.of(List.of(output("orders", "orders-value", "TOPIC_NAME")))).isEmpty();
    }

    @Test
    void shouldReadEachSubjectsMetadataOnceAcrossJobs() {
        owners.of(List.of(output("a", "shipments-value", "TOPIC_NAME")));
        owners.of(List.of(output("b", "shipments-value", "TOPIC_NAME")));
        assertThat(metadataReads).containsExactly("shipments-value");
    }
}
