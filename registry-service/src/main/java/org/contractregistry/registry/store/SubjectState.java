package org.contractregistry.registry.store;

import java.util.List;
import org.contractregistry.registry.domain.VersionRecord;

/** A subject's versions (ascending, soft-deleted included) and the stored settings of its scopes, read together. */
public record SubjectState(List<VersionRecord> versions, ScopeSettings settings) {
}
