package org.contractregistry.registry.domain;

/** What governs a write to a subject: the mode in force and the merged compatibility config. */
public record SubjectSettings(Mode mode, EffectiveConfig config) {
}
