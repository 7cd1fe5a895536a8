package org.contractregistry.registry.domain.access;

/**
 * Where a domain service learns who is calling. The service layer asks it inside the write's transaction, so the
 * permission check and the audit entry see the same caller; plain-class tests pass a fixed one.
 */
@FunctionalInterface
public interface CallerSource {
    CallerSource SYSTEM = Caller::system;

    Caller current();
}
