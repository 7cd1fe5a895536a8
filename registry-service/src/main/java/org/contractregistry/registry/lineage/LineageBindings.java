package org.contractregistry.registry.lineage;

import jakarta.enterprise.context.ApplicationScoped;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import org.contractregistry.lineage.binding.SubjectBinding;
import org.contractregistry.lineage.binding.SubjectResolver;
import org.contractregistry.lineage.ids.DatasetId;
import org.contractregistry.registry.domain.Json;
import org.contractregistry.registry.domain.access.CallerSource;
import org.contractregistry.registry.domain.audit.AuditEvent;
import org.contractregistry.registry.domain.audit.AuditTrail;
import org.contractregistry.registry.domain.audit.Changes;
import org.contractregistry.registry.domain.QualifiedSubject;
import org.contractregistry.registry.domain.access.AccessControl;
import org.contractregistry.registry.domain.access.Permission;
import org.contractregistry.registry.lineage.api.Views.BindingView;
import org.contractregistry.registry.lineage.store.LineageDb;

/**
 * Explicit dataset -> subject bindings: each change is one transaction that also re-points the dataset. Binding a
 * dataset to a subject, or removing that binding, is the subject owner's ({@link Permission#MANAGE_SUBJECT}).
 */
@ApplicationScoped
public class LineageBindings {
    private final LineageDb db;
    private final SubjectResolver resolver;
    private final BindingCache cache;
    private final AuditTrail audit;
    private final CallerSource callers;
    private final AccessControl access;

    public LineageBindings(LineageDb db, SubjectResolver resolver, BindingCache cache, AuditTrail audit,
            CallerSource callers, AccessControl access) {
        this.access = access;
        this.db = db;
        this.resolver = resolver;
        this.cache = cache;
        this.audit = audit;
        this.callers = callers;
    }

    public BindingView bind(DatasetId dataset, String subject) {
        access.require(Permission.MANAGE_SUBJECT, QualifiedSubject.parse(subject));
        db.read(store -> store.reads().binding(dataset)).ifPresent(previous ->
                access.require(Permission.MANAGE_SUBJECT, QualifiedSubject.parse(previous)));
        BindingView view = db.write(store -> {
            Optional<String> before = store.reads().binding(dataset);
            store.writes().putBinding(dataset, subject, System.currentTimeMillis());
            store.writes().rebind(dataset, subject, "EXPLICIT");
            store.audit(audit, callers.current(), change(Changes.BINDING_UPDATE, dataset, before, Optional.of(subject)));
            return new BindingView(dataset.namespace().value(), dataset.name(), subject, "EXPLICIT");
        });
        db.audited(audit);
        cache.forget(dataset);
        return view;
    }

    /** Removes the explicit binding; the dataset falls back to naming rules or TopicNameStrategy. */
    public boolean unbind(DatasetId dataset) {
        db.read(store -> store.reads().binding(dataset)).ifPresent(previous ->
                access.require(Permission.MANAGE_SUBJECT, QualifiedSubject.parse(previous)));
        boolean removed = db.write(store -> {
            Optional<String> before = store.reads().binding(dataset);
            boolean deleted = store.writes().deleteBinding(dataset);
            Optional<SubjectBinding> fallback = current(dataset, Optional.empty());
            store.writes().rebind(dataset, fallback.map(SubjectBinding::subject).orElse(null),
                    fallback.map(b -> b.source().name()).orElse(null));
            if (deleted) {
                store.audit(audit, callers.current(), change(Changes.BINDING_DELETE, dataset, before,
                        Optional.empty()));
            }
            return deleted;
        });
        if (removed) {
            db.audited(audit);
        }
        cache.forget(dataset);
        return removed;
    }

    /** The binding in force for a dataset: explicit, by naming rule or by TopicNameStrategy. */
    public Optional<BindingView> binding(DatasetId dataset) {
        Optional<String> explicit = db.read(store -> store.reads().binding(dataset));
        return current(dataset, explicit).map(b -> new BindingView(dataset.namespace().value(), dataset.name(),
                b.subject(), b.source().name()));
    }

    public List<BindingView> explicitBindings() {
        return db.read(store -> store.reads().bindings());
    }

    /** A binding change: the dataset as target, the explicit subject before and after. */
    private static AuditEvent change(String operation, DatasetId dataset, Optional<String> before,
            Optional<String> after) {
        return new AuditEvent(operation, dataset.toString(), null, null, subjectState(before), subjectState(after));
    }

    private static JsonNode subjectState(Optional<String> subject) {
        return subject.map(s -> (JsonNode) Json.MAPPER.createObjectNode().put("subject", s)).orElse(null);
    }

    private Optional<SubjectBinding> current(DatasetId dataset, Optional<String> explicit) {
        return resolver.subjectsFor(dataset, explicit).stream().filter(SubjectBinding::primary).findFirst();
    }
}
