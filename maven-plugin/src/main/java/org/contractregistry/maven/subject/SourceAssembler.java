package org.contractregistry.maven.subject;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.contractregistry.contracts.ResolvedReference;
import org.contractregistry.contracts.SchemaSource;
import org.contractregistry.maven.registry.RegisteredSchema;
import org.contractregistry.maven.registry.RegistryException;

/**
 * Turns a spec into a {@link SchemaSource}: its text plus the transitive closure of its references, dependencies first.
 * A reference whose subject the build owns is read through the same {@link SpecText} as the referrer (so a git baseline
 * reads both at the same ref); any other reference is fetched from the registry.
 */
public final class SourceAssembler {
    private final Map<String, SubjectSpec> bySubject;
    private final SpecText text;
    private final RemoteSchemas remote;

    public SourceAssembler(List<SubjectSpec> specs, SpecText text, RemoteSchemas remote) {
        this.bySubject = new LinkedHashMap<>();
        specs.forEach(s -> bySubject.putIfAbsent(s.subject(), s));
        this.text = text;
        this.remote = remote;
    }

    /** Empty when the spec's own file does not exist where {@link SpecText} looks. */
    public Optional<SchemaSource> assemble(SubjectSpec spec) throws IOException, RegistryException {
        Optional<String> main = text.read(spec);
        if (main.isEmpty()) {
            return Optional.empty();
        }
        Map<String, ResolvedReference> closure = new LinkedHashMap<>();
        for (Reference reference : spec.references()) {
            collect(reference, closure, new java.util.HashSet<>(Set.of(spec.subject())));
        }
        return Optional.of(new SchemaSource(spec.type(), main.get(), new ArrayList<>(closure.values())));
    }

    private void collect(Reference reference, Map<String, ResolvedReference> closure, Set<String> path)
            throws IOException, RegistryException {
        if (closure.containsKey(reference.getName())) {
            return;
        }
        if (!path.add(reference.getSubject())) {
            throw new IOException("reference cycle through subject " + reference.getSubject());
        }
        SubjectSpec local = bySubject.get(reference.getSubject());
        if (local != null) {
            Optional<String> referenced = text.read(local);
            if (referenced.isPresent()) {
                for (Reference nested : local.references()) {
                    collect(nested, closure, path);
                }
                closure.put(reference.getName(), new ResolvedReference(reference.getName(), local.subject(),
                        reference.getVersion() == null ? 0 : reference.getVersion(), local.type(), referenced.get()));
                path.remove(reference.getSubject());
                return;
            }
        }
        String version = reference.getVersion() == null || reference.getVersion() < 0
                ? "latest" : reference.getVersion().toString();
        RegisteredSchema fetched = remote.fetch(reference.getSubject(), version);
        for (Reference nested : fetched.references()) {
            collect(nested, closure, path);
        }
        closure.put(reference.getName(), new ResolvedReference(reference.getName(), fetched.subject(),
                fetched.version(), fetched.type(), fetched.schema()));
        path.remove(reference.getSubject());
    }

    /** Specs ordered so every referenced spec comes before its referrers (stable otherwise). */
    public static List<SubjectSpec> dependenciesFirst(List<SubjectSpec> specs) {
        Map<String, SubjectSpec> bySubject = new LinkedHashMap<>();
        specs.forEach(s -> bySubject.putIfAbsent(s.subject(), s));
        List<SubjectSpec> ordered = new ArrayList<>();
        Set<String> done = new java.util.HashSet<>();
        for (SubjectSpec spec : bySubject.values()) {
            visit(spec, bySubject, done, new java.util.HashSet<>(), ordered);
        }
        return ordered;
    }

    private static void visit(SubjectSpec spec, Map<String, SubjectSpec> bySubject, Set<String> done,
            Set<String> onPath, List<SubjectSpec> ordered) {
        if (done.contains(spec.subject()) || !onPath.add(spec.subject())) {
            return;
        }
        for (Reference reference : spec.references()) {
            SubjectSpec dependency = bySubject.get(reference.getSubject());
            if (dependency != null) {
                visit(dependency, bySubject, done, onPath, ordered);
            }
        }
        done.add(spec.subject());
        ordered.add(spec);
    }
}
