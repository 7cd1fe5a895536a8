package org.contractregistry.maven;

import java.io.IOException;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.contractregistry.maven.check.SchemaValidation;
import org.contractregistry.maven.subject.SubjectSpec;

/** Parses every schema and its local references, without a registry; fails on the first build with all problems. */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends AbstractContractsMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("contracts: validate skipped (contracts.skip)");
            return;
        }
        List<SubjectSpec> specs = specs();
        List<SchemaValidation.Problem> problems;
        try {
            problems = SchemaValidation.validate(specs, basedir.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("cannot read schema files: " + e.getMessage());
        }
        problems.forEach(p -> getLog().error(p.describe()));
        if (!problems.isEmpty()) {
            throw new MojoFailureException(problems.size() + " of " + specs.size() + " schemas are invalid");
        }
        getLog().info("contracts: " + specs.size() + " schemas valid");
    }
}
