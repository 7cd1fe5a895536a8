package org.contractregistry.maven.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.contractregistry.contracts.ResolvedReference;
import org.contractregistry.contracts.SchemaSource;
import org.contractregistry.contracts.SchemaType;
import org.contractregistry.maven.registry.RegisteredSchema;
import org.contractregistry.maven.registry.RegistryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceAssemblerTest {
    @TempDir
    Path dir;

    private SubjectSpec spec(String subject, String text, Reference... references) throws IOException {
        Path file = Files.writeString(dir.resolve(subject.replace('/', '_') + ".proto"), text);
        return new SubjectSpec(subject, file, SchemaType.PROTOBUF, List.of(references), false);
    }

    @Test
    void referencesComeAsATransitiveClosureDependenciesFirst() throws Exception {
        SubjectSpec money = spec("money.proto", "money");
        SubjectSpec customer = spec("customer.proto", "customer", new Reference("money.proto", "money.proto", null));
        SubjectSpec order = spec("orders-value", "order", new Reference("customer.proto", "customer.proto", null),
                new Reference("money.proto", "money.proto", null));

        SchemaSource source = new SourceAssembler(List.of(order, customer, money), SpecText.WORKING_TREE,
                RemoteSchemas.NONE).assemble(order).orElseThrow();

        assertThat(source.text()).isEqualTo("order");
        assertThat(source.references()).extracting(ResolvedReference::name, ResolvedReference::text)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple("money.proto", "money"),
                        org.assertj.core.api.Assertions.tuple("customer.proto", "customer"));
    }

    @Test
    void aReferenceWithoutLocalFileIsFetchedWithItsOwnReferences() throws Exception {
        List<String> fetched = new ArrayList<>();
        RemoteSchemas registry = (subject, version) -> {
            fetched.add(subject + "@" + version);
            return subject.equals("shared-value")
                    ? new RegisteredSchema(subject, 4, 40, SchemaType.PROTOBUF, "shared",
                            List.of(new Reference("base.proto", "base", 2)))
                    : new RegisteredSchema(subject, 2, 20, SchemaType.PROTOBUF, "base", List.of());
        };
        SubjectSpec order = spec("orders-value", "order", new Reference("shared.proto", "shared-value", null));

        SchemaSource source = new SourceAssembler(List.of(order), SpecText.WORKING_TREE, registry)
                .assemble(order).orElseThrow();

        assertThat(fetched).containsExactly("shared-value@latest", "base@2");
        assertThat(source.references()).extracting(ResolvedReference::name, ResolvedReference::version)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple("base.proto", 2),
                        org.assertj.core.api.Assertions.tuple("shared.proto", 4));
    }

    @Test
    void withoutARegistryAnUnknownReferenceSaysSo() throws Exception {
        SubjectSpec order = spec("orders-value", "order", new Reference("shared.proto", "shared-value", null));
        assertThatThrownBy(() -> new SourceAssembler(List.of(order), SpecText.WORKING_TREE, RemoteSchemas.NONE)
                .assemble(order))
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining("shared-value").hasMessageContaining("no local file");
    }

    @Test
    void aMissingMainFileAtTheBaselineIsEmpty() throws Exception {
        SubjectSpec order = spec("orders-value", "order");
        assertThat(new SourceAssembler(List.of(order), s -> java.util.Optional.empty(), RemoteSchemas.NONE)
                .assemble(order)).isEmpty();
    }

    @Test
    void dependenciesFirstPutsReferencedSubjectsBeforeReferrers() throws Exception {
        SubjectSpec order = spec("orders-value", "o", new Reference("customer.proto", "customer.proto", null));
        SubjectSpec customer = spec("customer.proto", "c", new Reference("money.proto", "money.proto", null));
        SubjectSpec money = spec("money.proto", "m");
        SubjectSpec other = spec("other-value", "x");

        assertThat(SourceAssembler.dependenciesFirst(List.of(order, other, customer, money)))
                .extracting(SubjectSpec::subject)
                .containsExactly("money.proto", "customer.proto", "orders-value", "other-value");
    }
}
