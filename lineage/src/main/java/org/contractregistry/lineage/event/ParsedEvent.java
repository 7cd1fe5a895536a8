package org.contractregistry.lineage.event;

/** The outcome of reading one posted event: accepted, or rejected with the problem. Never an exception. */
public sealed interface ParsedEvent permits ParsedEvent.Accepted, ParsedEvent.Rejected {

    record Accepted(LineageEvent event) implements ParsedEvent {}

    record Rejected(EventProblem problem) implements ParsedEvent {}
}
