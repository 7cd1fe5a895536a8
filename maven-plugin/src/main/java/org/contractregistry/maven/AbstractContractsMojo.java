package org.contractregistry.maven;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.codehaus.plexus.configuration.PlexusConfiguration;
import org.contractregistry.contracts.SchemaType;
import org.contractregistry.maven.registry.ClientAuth;
import org.contractregistry.maven.registry.RegistryClient;
import org.contractregistry.maven.subject.ConventionDiscovery;
import org.contractregistry.maven.subject.Reference;
import org.contractregistry.maven.subject.ReferencesConfig;
import org.contractregistry.maven.subject.RemoteSchemas;
import org.contractregistry.maven.subject.SubjectKeys;
import org.contractregistry.maven.subject.SubjectNaming;
import org.contractregistry.maven.subject.SubjectSpec;

/**
 * The parameters every goal shares. Names follow Confluent's {@code kafka-schema-registry-maven-plugin} where the
 * concept is the same, so a migrating build changes the plugin coordinates and little else. Holds configuration only;
 * the work is done by the services each goal composes.
 */
abstract class AbstractContractsMojo extends AbstractMojo {

    /** Registry base URLs, tried in order until one answers. */
    @Parameter(property = "contracts.schemaRegistryUrls")
    List<String> schemaRegistryUrls;

    /** Basic auth {@code user:password}, as in Confluent's plugin. */
    @Parameter(property = "contracts.userInfoConfig")
    String userInfoConfig;

    /** Extra HTTP headers sent to the registry. */
    @Parameter
    Map<String, String> httpHeaders;

    /**
     * Client settings, as in Confluent's plugin: {@code basic.auth.credentials.source} / {@code basic.auth.user.info},
     * or {@code bearer.auth.credentials.source=STATIC_TOKEN} / {@code bearer.auth.token} (see {@link ClientAuth}).
     */
    @Parameter
    Map<String, String> configs;

    /**
     * Subject name to schema file. When empty, schemas are discovered by convention under {@link #avroDirectory},
     * {@link #protoDirectory} and {@link #jsonDirectory}.
     */
    @Parameter
    Map<String, File> subjects;

    /** Subject to {@code AVRO} or {@code PROTOBUF}; default from the file extension ({@code .proto}), else AVRO. */
    @Parameter
    Map<String, String> schemaTypes;

    /** Subject to its references ({@code name}, {@code subject}, optional {@code version}), as in Confluent. */
    @Parameter
    PlexusConfiguration references;

    /** Undo Confluent's XML-name encoding of subject keys ({@code _x3A} is {@code :}). */
    @Parameter(defaultValue = "true")
    boolean decodeSubject;

    /** For discovered files: {@code TopicNameStrategy} (default), {@code RecordNameStrategy}, {@code TopicRecordNameStrategy}. */
    @Parameter(property = "contracts.subjectNamingStrategy", defaultValue = "TopicNameStrategy")
    String subjectNamingStrategy;

    /** Where {@code **}{@code /*.avsc} files are discovered. */
    @Parameter(defaultValue = "${project.basedir}/src/main/avro")
    File avroDirectory;

    /** Where {@code **}{@code /*.proto} files are discovered; also the root of import paths. */
    @Parameter(defaultValue = "${project.basedir}/src/main/proto")
    File protoDirectory;

    /** Where {@code **}{@code /*.json} JSON schemas are discovered when no subjects are configured. */
    @Parameter(defaultValue = "${project.basedir}/src/main/json")
    File jsonDirectory;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    /** Skip the goal. */
    @Parameter(property = "contracts.skip", defaultValue = "false")
    boolean skip;

    /** The subjects this build owns: the configured map, else what the conventions find. */
    List<SubjectSpec> specs() throws MojoExecutionException {
        if (subjects == null || subjects.isEmpty()) {
            return discovered();
        }
        List<SubjectSpec> specs = new ArrayList<>();
        for (Map.Entry<String, File> entry : subjects.entrySet()) {
            String key = entry.getKey();
            File file = entry.getValue();
            if (file == null) {
                throw new MojoExecutionException("subject " + key + " names no file");
            }
            File absolute = file.isAbsolute() ? file : new File(basedir, file.getPath());
            specs.add(new SubjectSpec(subjectName(key), absolute.toPath(), typeOf(key, absolute),
                    lookup(referenceMap(), key), false));
        }
        return specs;
    }

    private Map<String, List<Reference>> referenceMap() throws MojoExecutionException {
        try {
            return ReferencesConfig.read(references);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("invalid <references>: " + e.getMessage());
        }
    }

    private List<SubjectSpec> discovered() throws MojoExecutionException {
        SubjectNaming naming = SubjectNaming.parse(subjectNamingStrategy).orElseThrow(() -> new MojoExecutionException(
                "unknown subjectNamingStrategy '" + subjectNamingStrategy
                        + "': use TopicNameStrategy, RecordNameStrategy or TopicRecordNameStrategy"));
        try {
            ConventionDiscovery.Discovered found =
                    new ConventionDiscovery(avroDirectory.toPath(), protoDirectory.toPath(),
                            jsonDirectory == null ? null : jsonDirectory.toPath(), naming).discover();
            if (!found.problems().isEmpty()) {
                throw new MojoExecutionException("cannot name every schema file: " + String.join("; ", found.problems()));
            }
            return found.specs();
        } catch (IOException e) {
            throw new MojoExecutionException("cannot read schema files: " + e.getMessage());
        }
    }

    private SchemaType typeOf(String key, File file) throws MojoExecutionException {
        String declared = lookup(schemaTypes, key);
        if (declared == null) {
            return org.contractregistry.maven.subject.SchemaFiles.typeOf(file.getName());
        }
        return SchemaType.fromWire(declared).orElseThrow(() -> new MojoExecutionException(
                "subject " + subjectName(key) + ": schema type " + declared + " is not supported (AVRO, PROTOBUF or JSON)"));
    }

    /** A map entry by raw key or decoded subject name. */
    <T> T lookup(Map<String, T> map, String key) {
        if (map == null) {
            return null;
        }
        T value = map.get(key);
        return value != null ? value : map.get(subjectName(key));
    }

    String subjectName(String key) {
        return decodeSubject ? SubjectKeys.decode(key) : key;
    }

    boolean hasRegistry() {
        return schemaRegistryUrls != null && schemaRegistryUrls.stream().anyMatch(u -> u != null && !u.isBlank());
    }

    RegistryClient registry() throws MojoExecutionException {
        if (!hasRegistry()) {
            throw new MojoExecutionException("this goal needs <schemaRegistryUrls>");
        }
        Map<String, String> headers = new java.util.LinkedHashMap<>(httpHeaders == null ? Map.of() : httpHeaders);
        try {
            headers.putAll(ClientAuth.headers(userInfoConfig, configs));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("registry credentials: " + e.getMessage(), e);
        }
        return new RegistryClient(schemaRegistryUrls.stream().filter(u -> u != null && !u.isBlank()).toList(),
                null, headers);
    }

    RemoteSchemas remoteSchemas() throws MojoExecutionException {
        return hasRegistry() ? registry()::version : RemoteSchemas.NONE;
    }
}
