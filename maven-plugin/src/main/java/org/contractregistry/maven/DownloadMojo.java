package org.contractregistry.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.contractregistry.maven.registry.RegisteredSchema;
import org.contractregistry.maven.registry.RegistryClient;
import org.contractregistry.maven.registry.RegistryException;

/** Writes the schemas of every subject matching a pattern to {@code <outputDirectory>/<subject><extension>}. */
@Mojo(name = "download", threadSafe = true)
public class DownloadMojo extends AbstractContractsMojo {

    /** Regular expressions over subject names. */
    @Parameter(required = true)
    List<String> subjectPatterns;

    /** Per pattern, the version to fetch; default {@code latest}. */
    @Parameter
    List<String> versions;

    @Parameter(property = "contracts.outputDirectory", required = true)
    File outputDirectory;

    /** Overrides the extension ({@code .avsc} for Avro, {@code .proto} for Protobuf). */
    @Parameter
    String schemaExtension;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("contracts: download skipped (contracts.skip)");
            return;
        }
        RegistryClient client = registry();
        try {
            List<String> all = client.subjects();
            Files.createDirectories(outputDirectory.toPath());
            for (int i = 0; i < subjectPatterns.size(); i++) {
                Pattern pattern = Pattern.compile(subjectPatterns.get(i));
                String version = versions != null && i < versions.size() ? versions.get(i) : "latest";
                for (String subject : all) {
                    if (pattern.matcher(subject).matches()) {
                        write(client.version(subject, version));
                    }
                }
            }
        } catch (RegistryException e) {
            throw new MojoExecutionException(e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write to " + outputDirectory + ": " + e.getMessage());
        }
    }

    private void write(RegisteredSchema schema) throws IOException {
        String extension = schemaExtension != null ? schemaExtension
                : org.contractregistry.maven.subject.SchemaFiles.extension(schema.type());
        Path target = outputDirectory.toPath().resolve(schema.subject().replace('/', '_').replace(':', '_') + extension);
        Files.writeString(target, schema.schema(), StandardCharsets.UTF_8);
        getLog().info("contracts: " + schema.subject() + " version " + schema.version() + " -> " + target);
    }
}
