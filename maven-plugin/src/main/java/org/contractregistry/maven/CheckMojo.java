package org.contractregistry.maven;

import java.io.File;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.contractregistry.contracts.compatibility.CheckOptions;
import org.contractregistry.contracts.compatibility.CompatibilityLevel;
import org.contractregistry.contracts.compatibility.ProtobufStrictness;
import org.contractregistry.maven.baseline.Baseline;
import org.contractregistry.maven.baseline.BaselineSpec;
import org.contractregistry.maven.baseline.DirBaseline;
import org.contractregistry.maven.baseline.GitBaseline;
import org.contractregistry.maven.baseline.LevelPolicy;
import org.contractregistry.maven.baseline.RegistryBaseline;
import org.contractregistry.maven.check.CheckRun;
import org.contractregistry.maven.check.CheckSummary;
import org.contractregistry.maven.check.SubjectCheck;
import org.contractregistry.maven.registry.RegistryClient;
import org.contractregistry.maven.registry.RegistryException;
import org.contractregistry.maven.report.ConsoleReport;
import org.contractregistry.maven.report.ReportFiles;
import org.contractregistry.maven.subject.SourceAssembler;
import org.contractregistry.maven.subject.SpecText;
import org.contractregistry.maven.subject.SubjectSpec;

/**
 * Judges every schema against its baseline with the contracts engine (the registry's own engine), writes
 * {@code report.md}, {@code report.json} and JUnit XML, then fails the build if anything breaks.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractContractsMojo {

    /**
     * {@code registry} (the subject's versions and level from the registry), {@code git:<ref>} (the same files at a git
     * ref, offline) or {@code dir:<path>} (a folder of earlier versions). Default: {@code registry} when
     * {@code schemaRegistryUrls} is set.
     */
    @Parameter(property = "contracts.baseline")
    String baseline;

    /** Per-subject level overrides (also beat the registry's level). */
    @Parameter
    Map<String, String> compatibilityLevels;

    /** The level for subjects with no override and no registry level (git and dir baselines). */
    @Parameter(property = "contracts.compatibilityLevel", defaultValue = "BACKWARD")
    String compatibilityLevel;

    /** {@code WIRE}, {@code WIRE_JSON} or {@code CONFLUENT}. */
    @Parameter(property = "contracts.protobufStrictness", defaultValue = "WIRE_JSON")
    String protobufStrictness;

    /** False: report breaks as warnings and pass the build. */
    @Parameter(property = "contracts.failOnIncompatible", defaultValue = "true")
    boolean failOnIncompatible;

    /** Ask the lineage API who reads a broken subject (registry configured only). */
    @Parameter(property = "contracts.lineage", defaultValue = "true")
    boolean lineage;

    /**
     * Fail when no schema file is configured or found: a wrong directory would otherwise turn the gate off silently.
     * {@code false}: a warning, and the build passes.
     */
    @Parameter(property = "contracts.failIfNoSchemas", defaultValue = "true")
    boolean failIfNoSchemas;

    @Parameter(property = "contracts.reportDirectory", defaultValue = "${project.build.directory}/contracts")
    File reportDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("contracts: check skipped (contracts.skip)");
            return;
        }
        List<SubjectSpec> specs = specs();
        if (specs.isEmpty()) {
            String none = "contracts: no schema files found: no <subjects> configured and no *.avsc under "
                    + avroDirectory + " nor *.proto under " + protoDirectory + " nor *.json under " + jsonDirectory
                    + ", so nothing is checked";
            if (failIfNoSchemas) {
                throw new MojoFailureException(none + ". Point avroDirectory/protoDirectory/jsonDirectory or"
                        + " <subjects> at the schemas, or set failIfNoSchemas to false"
                        + " (-Dcontracts.failIfNoSchemas=false)");
            }
            getLog().warn(none);
            return;
        }
        Optional<RegistryClient> client = hasRegistry() ? Optional.of(registry()) : Optional.empty();
        Baseline chosen = baseline(specs, client);
        CheckOptions options = new CheckOptions(ProtobufStrictness.parse(protobufStrictness).orElseThrow(() ->
                new MojoExecutionException("unknown protobufStrictness '" + protobufStrictness
                        + "': use WIRE, WIRE_JSON or CONFLUENT")));
        SourceAssembler workingTree = new SourceAssembler(specs, SpecText.WORKING_TREE, remoteSchemas());
        CheckRun run = new CheckRun(new SubjectCheck(workingTree, chosen, options, basedir.toPath()),
                lineage ? client : Optional.empty(), getLog()::debug);
        CheckSummary summary;
        try {
            summary = run.run(specs, chosen.describe());
            ReportFiles.write(reportDirectory.toPath(), summary);
        } catch (IOException | RegistryException e) {
            throw new MojoExecutionException(e.getMessage());
        }
        for (ConsoleReport.Line line : ConsoleReport.render(summary)) {
            if (!line.problem()) {
                getLog().info(line.text());
            } else if (failOnIncompatible) {
                getLog().error(line.text());
            } else {
                getLog().warn(line.text());
            }
        }
        getLog().info("contracts: reports in " + reportDirectory);
        if (summary.fails() && failOnIncompatible) {
            throw new MojoFailureException("Incompatible schema changes: " + summary.headline() + " ("
                    + summary.levels() + "). See "
                    + new File(reportDirectory, ReportFiles.MARKDOWN));
        }
    }

    private Baseline baseline(List<SubjectSpec> specs, Optional<RegistryClient> client) throws MojoExecutionException {
        String chosen = baseline != null && !baseline.isBlank() ? baseline : client.isPresent() ? "registry" : null;
        if (chosen == null) {
            throw new MojoExecutionException("no baseline: set <schemaRegistryUrls>, or <baseline> to git:<ref> "
                    + "(e.g. git:origin/main) or dir:<path>");
        }
        BaselineSpec spec = BaselineSpec.parse(chosen).orElseThrow(() -> new MojoExecutionException(
                "unknown baseline '" + chosen + "': use registry, git:<ref> or dir:<path>"));
        LevelPolicy levels = new LevelPolicy(levelOverrides(), level(compatibilityLevel, "compatibilityLevel"),
                client.<LevelPolicy.RegistryLevels>map(c -> subject -> c.compatibilityLevel(subject)
                        .flatMap(CompatibilityLevel::parse)).orElse(null));
        if (spec instanceof BaselineSpec.Registry) {
            return new RegistryBaseline(client.orElseThrow(() -> new MojoExecutionException(
                    "baseline registry needs <schemaRegistryUrls>")), levels);
        }
        if (spec instanceof BaselineSpec.Git git) {
            return new GitBaseline(basedir.toPath(), git.ref(), specs, levels);
        }
        File dir = new File(((BaselineSpec.Dir) spec).path());
        return new DirBaseline((dir.isAbsolute() ? dir : new File(basedir, dir.getPath())).toPath(), basedir.toPath(),
                specs, levels);
    }

    private Map<String, CompatibilityLevel> levelOverrides() throws MojoExecutionException {
        Map<String, CompatibilityLevel> overrides = new LinkedHashMap<>();
        if (compatibilityLevels != null) {
            for (Map.Entry<String, String> entry : compatibilityLevels.entrySet()) {
                overrides.put(subjectName(entry.getKey()), level(entry.getValue(), entry.getKey()));
            }
        }
        return overrides;
    }

    static CompatibilityLevel level(String value, String what) throws MojoExecutionException {
        return CompatibilityLevel.parse(value).orElseThrow(() -> new MojoExecutionException(
                "unknown compatibility level '" + value + "' for " + what + ": use one of "
                        + java.util.Arrays.toString(CompatibilityLevel.values())));
    }
}
