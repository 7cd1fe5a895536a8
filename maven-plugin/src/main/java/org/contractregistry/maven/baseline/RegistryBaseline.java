package org.contractregistry.maven.baseline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.contractregistry.contracts.SchemaSource;
import org.contractregistry.contracts.compatibility.CompatibilityLevel;
import org.contractregistry.maven.registry.RegisteredSchema;
import org.contractregistry.maven.registry.RegistryClient;
import org.contractregistry.maven.registry.RegistryException;
import org.contractregistry.maven.subject.SourceAssembler;
import org.contractregistry.maven.subject.SubjectSpec;

/**
 * Every live version of the subject and its level ({@code GET /config/{s}?defaultToGlobal=true}), judged locally, so
 * transitive levels are honoured and every finding is reported.
 */
public final class RegistryBaseline implements Baseline {
    private final RegistryClient client;
    private final LevelPolicy levels;

    public RegistryBaseline(RegistryClient client, LevelPolicy levels) {
        this.client = client;
        this.levels = levels;
    }

    @Override
    public Optional<History> history(SubjectSpec spec) throws IOException, RegistryException {
        Optional<List<Integer>> versions = client.versions(spec.subject());
        if (versions.isEmpty() || versions.get().isEmpty()) {
            return Optional.empty();
        }
        List<PriorSchema> priors = new ArrayList<>();
        for (int version : versions.get()) {
            RegisteredSchema registered = client.version(spec.subject(), String.valueOf(version));
            priors.add(new PriorSchema(version, "v" + version, sourceOf(registered)));
        }
        Optional<CompatibilityLevel> level = client.compatibilityLevel(spec.subject())
                .flatMap(CompatibilityLevel::parse);
        return Optional.of(levels.historyOf(spec.subject(), priors, level));
    }

    /** The registered text with its references fetched from the registry, dependencies first. */
    SchemaSource sourceOf(RegisteredSchema registered) throws IOException, RegistryException {
        SubjectSpec asSpec = new SubjectSpec(registered.subject(), Path.of(registered.subject()), registered.type(),
                registered.references(), false);
        return new SourceAssembler(List.of(), spec -> Optional.of(registered.schema()), client::version)
                .assemble(asSpec)
                .orElseThrow();
    }

    @Override
    public String describe() {
        return "registry " + client.describe();
    }
}
