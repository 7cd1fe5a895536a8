package org.contractregistry.maven.registry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.contractregistry.maven.subject.Reference;
import org.contractregistry.maven.subject.SourceAssembler;
import org.contractregistry.maven.subject.SubjectSpec;

/**
 * Registers schemas, referenced files before their referrers. Idempotent: a schema already under its subject is
 * looked up, not registered again. A reference without a version takes the version registered in this run, else
 * latest.
 */
public final class SchemaRegistrar {

    /** What happened to one subject: registered now, already there, or refused (e.g. 409 incompatible). */
    public record Registration(String subject, int version, int id, boolean alreadyRegistered, String refusal) {
        public boolean refused() {
            return refusal != null;
        }

        public String describe() {
            if (refused()) {
                return subject + ": refused: " + refusal;
            }
            return alreadyRegistered
                    ? subject + ": already registered as version " + version + " (id " + id + "), nothing to do"
                    : subject + ": registered as version " + version + " (id " + id + ")";
        }
    }

    private final RegistryClient client;
    private final boolean normalize;
    private final Consumer<String> warn;

    public SchemaRegistrar(RegistryClient client, boolean normalize, Consumer<String> warn) {
        this.client = client;
        this.normalize = normalize;
        this.warn = warn;
    }

    /**
     * Every spec is attempted; a refusal (4xx on register) is recorded and the run goes on. Unreachable registry,
     * 401/403 and 5xx stop the run.
     */
    public List<Registration> registerAll(List<SubjectSpec> specs) throws IOException, RegistryException {
        Map<String, Integer> versions = new HashMap<>();
        List<Registration> done = new ArrayList<>();
        for (SubjectSpec spec : SourceAssembler.dependenciesFirst(specs)) {
            String schema = Files.readString(spec.file(), StandardCharsets.UTF_8);
            List<Reference> references = new ArrayList<>();
            for (Reference r : spec.references()) {
                Integer version = r.getVersion() != null ? r.getVersion() : versions.get(r.getSubject());
                if (version == null) {
                    warn.accept(spec.subject() + ": reference " + r.getName() + " has no version; using latest of "
                            + r.getSubject());
                    version = -1;
                }
                references.add(new Reference(r.getName(), r.getSubject(), version));
            }
            Registration registration = register(spec, schema, references);
            if (!registration.refused()) {
                versions.put(spec.subject(), registration.version());
            }
            done.add(registration);
        }
        return done;
    }

    private Registration register(SubjectSpec spec, String schema, List<Reference> references) throws RegistryException {
        Optional<RegisteredSchema> existing = client.lookup(spec.subject(), spec.type(), schema, references, normalize);
        if (existing.isPresent()) {
            return new Registration(spec.subject(), existing.get().version(), existing.get().id(), true, null);
        }
        try {
            client.register(spec.subject(), spec.type(), schema, references, normalize);
        } catch (RegistryException e) {
            if (e.status() >= 400 && e.status() < 500 && e.status() != 401 && e.status() != 403) {
                return new Registration(spec.subject(), 0, 0, false, e.getMessage());
            }
            throw e;
        }
        RegisteredSchema registered = client.lookup(spec.subject(), spec.type(), schema, references, normalize)
                .orElseThrow(() -> new RegistryException("registered " + spec.subject()
                        + " but the registry cannot find it again", 0));
        return new Registration(spec.subject(), registered.version(), registered.id(), false, null);
    }
}
