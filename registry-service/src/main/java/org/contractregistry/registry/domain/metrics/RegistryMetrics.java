package org.contractregistry.registry.domain.metrics;

/**
 * What the domain tells the outside about its work, counted by an adapter (Micrometer in infra, nothing in plain
 * tests). Every argument is one of a small closed set (a format, an outcome, a rule id of the catalogue, a refusal
 * reason, a drift kind), never a subject or anything a client typed, so the series stay few. Calls are cheap and never
 * throw.
 */
public interface RegistryMetrics {

    /** A registration's outcome: a new version, the version already holding the content, or refused (4xx). */
    enum Registration { NEW, EXISTING, REFUSED }

    /** Which request judged a schema incompatible. */
    enum Judged { REGISTRATION, CHECK }

    /** @param format AVRO, PROTOBUF, JSON, or OTHER for a type the registry does not know */
    void registration(String format, Registration outcome);

    /** A {@code POST /compatibility/...} answered (refused requests, e.g. 40401, are not counted). */
    void compatibilityCheck(boolean compatible);

    /** One finding of a refused registration or a failed check, by the rule that found it. */
    void incompatibility(Judged by, String ruleId);

    /** Subject versions deleted by one request, soft or permanent. */
    void deletion(boolean permanent, int versions);

    /** One OpenLineage event stored. */
    void lineageEventIngested();

    /** One OpenLineage event refused, nothing stored; {@code reason} is the problem's kind (MALFORMED_JSON, ...). */
    void lineageEventRefused(String reason);

    /** One drift finding of an ingested event, by kind (MISSING_FIELD, EXTRA_FIELD, TYPE_MISMATCH). */
    void driftFinding(String kind);

    /** One audit entry appended in a write's transaction, by its dotted operation ({@code schema.register}). */
    void auditAppended(String operation);

    /** Counts nothing: plain tests, and tools that run the domain outside the service. */
    RegistryMetrics NONE = new RegistryMetrics() {
        @Override
        public void registration(String format, Registration outcome) {}

        @Override
        public void compatibilityCheck(boolean compatible) {}

        @Override
        public void incompatibility(Judged by, String ruleId) {}

        @Override
        public void deletion(boolean permanent, int versions) {}

        @Override
        public void lineageEventIngested() {}

        @Override
        public void lineageEventRefused(String reason) {}

        @Override
        public void driftFinding(String kind) {}

        @Override
        public void auditAppended(String operation) {}
    };
}
