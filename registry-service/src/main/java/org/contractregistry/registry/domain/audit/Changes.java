package org.contractregistry.registry.domain.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.contractregistry.registry.domain.Json;
import org.contractregistry.registry.domain.QualifiedSubject;

/** The audit events of the registry's own writes, one per change; operations are stable, dotted names. */
public final class Changes {
    public static final String SCHEMA_REGISTER = "schema.register";
    public static final String SUBJECT_DELETE = "subject.delete";
    public static final String VERSION_DELETE = "version.delete";
    public static final String CONTEXT_DELETE = "context.delete";
    public static final String CONFIG_UPDATE = "config.update";
    public static final String CONFIG_DELETE = "config.delete";
    public static final String MODE_UPDATE = "mode.update";
    public static final String MODE_DELETE = "mode.delete";
    public static final String BINDING_UPDATE = "binding.update";
    public static final String BINDING_DELETE = "binding.delete";
    public static final String LOGIN_FAILURE = "login.failure";

    private Changes() {
    }

    /** The audit target of a subject or scope: its qualified name, null for the global scope. */
    public static String target(QualifiedSubject scope) {
        boolean global = scope.name().isEmpty() && scope.context().equals(QualifiedSubject.DEFAULT_CONTEXT);
        return global ? null : scope.name().isEmpty() ? ":" + scope.context() + ":" : scope.qualified();
    }

    public static AuditEvent registered(QualifiedSubject subject, int version, int id, String type,
            JsonNode metadata) {
        ObjectNode after = Json.MAPPER.createObjectNode().put("version", version).put("id", id).put("schemaType", type);
        if (Json.present(metadata) != null) {
            after.set("metadata", metadata);
        }
        return new AuditEvent(SCHEMA_REGISTER, target(subject), version, id, null, after);
    }

    public static AuditEvent subjectDeleted(QualifiedSubject subject, boolean permanent, List<Integer> versions) {
        ObjectNode after = Json.MAPPER.createObjectNode().put("permanent", permanent);
        versions.forEach(after.putArray("versions")::add);
        return new AuditEvent(SUBJECT_DELETE, target(subject), null, null, null, after);
    }

    public static AuditEvent versionDeleted(QualifiedSubject subject, int version, int id, boolean permanent) {
        return new AuditEvent(VERSION_DELETE, target(subject), version, id, null,
                Json.MAPPER.createObjectNode().put("permanent", permanent));
    }

    public static AuditEvent contextDeleted(String context) {
        return AuditEvent.of(CONTEXT_DELETE, ":" + context + ":");
    }

    public static AuditEvent setting(String operation, QualifiedSubject scope, JsonNode before, JsonNode after) {
        return new AuditEvent(operation, target(scope), null, null, before, after);
    }

    /** A mode as an audit state: {@code {"mode": "..."}}, or null for none. */
    public static JsonNode mode(String mode) {
        return mode == null ? null : Json.MAPPER.createObjectNode().put("mode", mode);
    }
}
