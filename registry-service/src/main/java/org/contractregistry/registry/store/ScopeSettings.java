package org.contractregistry.registry.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.contractregistry.registry.domain.QualifiedSubject;

/** The stored configs and modes of some scopes, read together; a scope without one is absent from that map. */
public record ScopeSettings(Map<QualifiedSubject, ObjectNode> configs, Map<QualifiedSubject, String> modes) {
}
