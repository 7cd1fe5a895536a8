package org.contractregistry.contracts.compatibility;

import org.contractregistry.contracts.ContractSchema;

/** A registered version a candidate is judged against. */
public record PriorVersion(int version, ContractSchema schema) {}
