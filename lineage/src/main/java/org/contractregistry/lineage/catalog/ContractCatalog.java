package org.contractregistry.lineage.catalog;

import java.time.Instant;
import java.util.Optional;

/**
 * The port through which lineage reads contracts; registry-service implements it over its own read service.
 */
public interface ContractCatalog {

    /** The version of {@code subject} that was the latest at {@code instant}, if the subject had one then. */
    Optional<ContractVersion> versionAt(String subject, Instant instant);
}
