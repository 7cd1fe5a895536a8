package org.contractregistry.registry.domain;

import java.util.List;

/** Confluent's CompatibilityCheckResponse: the verdict and, when asked, why. */
public record CompatibilityAnswer(boolean compatible, List<String> messages) {}
