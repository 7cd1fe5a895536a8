package org.contractregistry.maven;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.contractregistry.maven.registry.RegistryClient;
import org.contractregistry.maven.registry.RegistryException;

/**
 * Sets compatibility levels: subject (or {@code __GLOBAL}) to a level, or to {@code null} to remove the subject's own
 * level. Every value is validated before the first call.
 */
@Mojo(name = "set-compatibility", threadSafe = true)
public class SetCompatibilityMojo extends AbstractContractsMojo {
    static final String GLOBAL = "__GLOBAL";

    @Parameter(required = true)
    Map<String, String> compatibilityLevels;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("contracts: set-compatibility skipped (contracts.skip)");
            return;
        }
        Map<String, String> levels = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : compatibilityLevels.entrySet()) {
            String value = entry.getValue() == null ? "null" : entry.getValue().trim();
            levels.put(subjectName(entry.getKey()),
                    value.equalsIgnoreCase("null") ? null : CheckMojo.level(value, entry.getKey()).name());
        }
        RegistryClient client = registry();
        try {
            for (Map.Entry<String, String> entry : levels.entrySet()) {
                String subject = GLOBAL.equals(entry.getKey()) ? null : entry.getKey();
                String where = subject == null ? "global level" : subject;
                if (entry.getValue() == null) {
                    client.deleteCompatibility(subject);
                    getLog().info("contracts: " + where + ": own level removed");
                } else {
                    client.setCompatibility(subject, entry.getValue());
                    getLog().info("contracts: " + where + ": compatibility " + entry.getValue());
                }
            }
        } catch (RegistryException e) {
            throw new MojoExecutionException(e.getMessage());
        }
    }
}
