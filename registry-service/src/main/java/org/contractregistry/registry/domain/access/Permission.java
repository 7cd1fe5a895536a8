package org.contractregistry.registry.domain.access;

/** What a call needs; {@link #id()} is the stable name a 403 message and the management API use. */
public enum Permission {
    /** Every read: schemas, subjects, configs, modes, lineage. */
    READ("read"),
    /** Register a schema version under a subject (and check it). */
    REGISTER("subject.register"),
    /** Delete a subject or version, set its compatibility level or mode, bind datasets to it. */
    MANAGE_SUBJECT("subject.manage"),
    /** Delete a context, set its level or mode. */
    MANAGE_CONTEXT("context.manage"),
    /** Create, list and revoke a team's API keys. */
    MANAGE_KEYS("team.keys"),
    /** Send OpenLineage events. */
    INGEST_LINEAGE("lineage.ingest"),
    /** Read the audit log. */
    READ_AUDIT("audit.read"),
    /** Global config and mode, IMPORT mode, users and teams. */
    ADMINISTER("registry.admin");

    private final String id;

    Permission(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
