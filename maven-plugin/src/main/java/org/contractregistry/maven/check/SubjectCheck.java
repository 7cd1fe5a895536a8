package org.contractregistry.maven.check;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.contractregistry.contracts.ContractSchema;
import org.contractregistry.contracts.Contracts;
import org.contractregistry.contracts.ParseResult;
import org.contractregistry.contracts.SchemaSource;
import org.contractregistry.contracts.compatibility.CheckOptions;
import org.contractregistry.contracts.compatibility.CompatibilityChecker;
import org.contractregistry.contracts.compatibility.CompatibilityResult;
import org.contractregistry.contracts.compatibility.PriorVersion;
import org.contractregistry.maven.baseline.Baseline;
import org.contractregistry.maven.baseline.History;
import org.contractregistry.maven.baseline.PriorSchema;
import org.contractregistry.maven.registry.RegistryException;
import org.contractregistry.maven.subject.SourceAssembler;
import org.contractregistry.maven.subject.SubjectSpec;

/** Judges one subject's working-tree schema against its baseline history with the contracts engine. */
public final class SubjectCheck {
    private final SourceAssembler workingTree;
    private final Baseline baseline;
    private final CheckOptions options;
    private final Path projectDir;

    public SubjectCheck(SourceAssembler workingTree, Baseline baseline, CheckOptions options, Path projectDir) {
        this.workingTree = workingTree;
        this.baseline = baseline;
        this.options = options;
        this.projectDir = projectDir;
    }

    /** @throws IOException an unreadable file or git failure; {@link RegistryException} an unusable registry */
    public SubjectOutcome check(SubjectSpec spec) throws IOException, RegistryException {
        String file = relative(spec.file());
        SchemaSource source = workingTree.assemble(spec)
                .orElseThrow(() -> new IOException("schema file " + spec.file() + " does not exist"));
        ParseResult parsed = Contracts.parse(source);
        if (parsed instanceof ParseResult.Invalid invalid) {
            return outcome(spec, file, Status.INVALID, null, List.of(), List.of(),
                    List.of("does not parse: " + invalid.problem().describe()));
        }
        ContractSchema candidate = parsed.orThrow();
        Optional<History> history = baseline.history(spec);
        if (history.isEmpty()) {
            return outcome(spec, file, Status.NEW, null, List.of(), List.of(),
                    List.of("no earlier version in " + baseline.describe() + ": nothing to break"));
        }
        List<String> notes = new ArrayList<>();
        List<PriorVersion> priors = new ArrayList<>();
        Map<Integer, String> labels = new HashMap<>();
        for (PriorSchema prior : history.get().priors()) {
            ParseResult old = Contracts.parse(prior.source());
            if (old instanceof ParseResult.Invalid invalid) {
                notes.add("earlier version " + prior.label() + " does not parse (" + invalid.problem().describe()
                        + "); not compared");
                continue;
            }
            priors.add(new PriorVersion(prior.version(), old.orThrow()));
            labels.put(prior.version(), prior.label());
        }
        CompatibilityResult result = CompatibilityChecker.check(candidate, priors, history.get().level(), options);
        List<String> compared = comparedLabels(history.get(), priors, labels);
        List<LocatedFinding> findings = LocatedFinding.merged(result.findings(), labels, file);
        Status status = findings.isEmpty() ? Status.COMPATIBLE : Status.INCOMPATIBLE;
        return new SubjectOutcome(spec.subject(), file, spec.type(), status, baseline.describe(),
                history.get().level().name(), history.get().levelSource(), compared, findings, notes,
                Optional.empty());
    }

    private static List<String> comparedLabels(History history, List<PriorVersion> priors, Map<Integer, String> labels) {
        if (priors.isEmpty() || history.level() == org.contractregistry.contracts.compatibility.CompatibilityLevel.NONE) {
            return List.of();
        }
        List<PriorVersion> used = history.level().isTransitive() ? priors : priors.subList(priors.size() - 1, priors.size());
        return used.stream().map(p -> labels.get(p.version())).toList();
    }

    private SubjectOutcome outcome(SubjectSpec spec, String file, Status status, String level, List<String> compared,
            List<LocatedFinding> findings, List<String> notes) {
        return new SubjectOutcome(spec.subject(), file, spec.type(), status, baseline.describe(), level, null,
                compared, findings, notes, Optional.empty());
    }

    private String relative(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path base = projectDir.toAbsolutePath().normalize();
        return (absolute.startsWith(base) ? base.relativize(absolute) : absolute).toString().replace('\\', '/');
    }
}
