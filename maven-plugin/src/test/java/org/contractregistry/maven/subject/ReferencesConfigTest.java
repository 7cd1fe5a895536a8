package org.contractregistry.maven.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.codehaus.plexus.configuration.DefaultPlexusConfiguration;
import org.codehaus.plexus.configuration.PlexusConfiguration;
import org.junit.jupiter.api.Test;

class ReferencesConfigTest {

    private static PlexusConfiguration reference(String name, String subject, String version) {
        PlexusConfiguration reference = new DefaultPlexusConfiguration("reference");
        reference.addChild("name", name);
        reference.addChild("subject", subject);
        if (version != null) {
            reference.addChild("version", version);
        }
        return reference;
    }

    @Test
    void readsConfluentsReferenceBlockInOrder() {
        PlexusConfiguration references = new DefaultPlexusConfiguration("references");
        PlexusConfiguration orders = new DefaultPlexusConfiguration("orders-value");
        orders.addChild(reference("acme.Customer", "customers-value", null));
        orders.addChild(reference("acme.Money", "money-value", "3"));
        references.addChild(orders);

        var read = ReferencesConfig.read(references);

        assertThat(read).containsOnlyKeys("orders-value");
        assertThat(read.get("orders-value"))
                .extracting(Reference::getName, Reference::getSubject, Reference::getVersion)
                .containsExactly(tuple("acme.Customer", "customers-value", null), tuple("acme.Money", "money-value", 3));
    }

    @Test
    void noBlockIsNoReferences() {
        assertThat(ReferencesConfig.read(null)).isEmpty();
    }

    @Test
    void aReferenceWithoutSubjectIsRejectedNamingItsReferrer() {
        PlexusConfiguration references = new DefaultPlexusConfiguration("references");
        PlexusConfiguration orders = new DefaultPlexusConfiguration("orders-value");
        PlexusConfiguration broken = new DefaultPlexusConfiguration("reference");
        broken.addChild("name", "acme.Customer");
        orders.addChild(broken);
        references.addChild(orders);
        assertThatThrownBy(() -> ReferencesConfig.read(references)).hasMessageContaining("orders-value");
    }
}
