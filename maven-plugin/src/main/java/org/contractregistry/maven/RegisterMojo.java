package org.contractregistry.maven;

import java.io.IOException;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.contractregistry.maven.registry.RegistryException;
import org.contractregistry.maven.registry.SchemaRegistrar;
import org.contractregistry.maven.registry.SchemaRegistrar.Registration;

/** Registers every schema (references first). Running it twice changes nothing the second time. */
@Mojo(name = "register", defaultPhase = LifecyclePhase.DEPLOY, threadSafe = true)
public class RegisterMojo extends AbstractContractsMojo {

    /** Ask the registry to normalise before comparing and storing ({@code ?normalize=true}). */
    @Parameter(property = "contracts.normalize", defaultValue = "false")
    boolean normalizeSchemas;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("contracts: register skipped (contracts.skip)");
            return;
        }
        SchemaRegistrar registrar = new SchemaRegistrar(registry(), normalizeSchemas, getLog()::warn);
        List<Registration> registrations;
        try {
            registrations = registrar.registerAll(specs());
        } catch (IOException | RegistryException e) {
            throw new MojoExecutionException(e.getMessage());
        }
        for (Registration r : registrations) {
            if (r.refused()) {
                getLog().error("contracts: " + r.describe());
            } else {
                getLog().info("contracts: " + r.describe());
            }
        }
        long refused = registrations.stream().filter(Registration::refused).count();
        if (refused > 0) {
            throw new MojoFailureException(refused + " of " + registrations.size()
                    + " schemas were refused by the registry (see the errors above)");
        }
    }
}
