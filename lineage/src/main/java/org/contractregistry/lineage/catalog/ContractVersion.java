package org.contractregistry.lineage.catalog;

import org.contractregistry.contracts.ContractSchema;

/** One registered version of a subject, as the catalog knows it. */
public record ContractVersion(String subject, int version, int schemaId, ContractSchema schema) {}
