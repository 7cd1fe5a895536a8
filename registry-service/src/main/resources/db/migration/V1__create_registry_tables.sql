-- The registry's store. Portable SQL (H2 2.x and PostgreSQL 15). V1..V99 belong to the registry, V100+ to lineage.

-- One row per context: the next schema id to hand out (ids are sequential per context).
CREATE TABLE registry_contexts (
    context_name VARCHAR(255) NOT NULL PRIMARY KEY,
    next_id      INTEGER      NOT NULL
);

-- Immutable schema content, content-addressed within a context.
CREATE TABLE registry_schemas (
    context_name  VARCHAR(255) NOT NULL,
    schema_id     INTEGER      NOT NULL,
    content_hash  VARCHAR(64)  NOT NULL,
    schema_type   VARCHAR(16)  NOT NULL,
    schema_text   VARCHAR      NOT NULL,
    metadata_json VARCHAR,
    rule_set_json VARCHAR,
    created_at    BIGINT       NOT NULL,
    PRIMARY KEY (context_name, schema_id),
    CONSTRAINT uq_registry_schemas_content UNIQUE (context_name, content_hash)
);

-- The references of a schema, in request order.
CREATE TABLE registry_schema_references (
    context_name VARCHAR(255) NOT NULL,
    schema_id    INTEGER      NOT NULL,
    ordinal      INTEGER      NOT NULL,
    ref_name     VARCHAR      NOT NULL,
    ref_context  VARCHAR(255) NOT NULL,
    ref_subject  VARCHAR(600) NOT NULL,
    ref_version  INTEGER      NOT NULL,
    PRIMARY KEY (context_name, schema_id, ordinal)
);
CREATE INDEX ix_registry_references_target ON registry_schema_references (ref_context, ref_subject, ref_version);

-- One row per subject ever written: the lock that serialises writes to a subject across instances.
CREATE TABLE registry_subjects (
    context_name VARCHAR(255) NOT NULL,
    subject      VARCHAR(600) NOT NULL,
    PRIMARY KEY (context_name, subject)
);

-- Subject versions; registered_at (epoch millis) answers "which version was current at instant T".
CREATE TABLE registry_subject_versions (
    context_name  VARCHAR(255) NOT NULL,
    subject       VARCHAR(600) NOT NULL,
    version       INTEGER      NOT NULL,
    schema_id     INTEGER      NOT NULL,
    deleted       BOOLEAN      NOT NULL,
    registered_at BIGINT       NOT NULL,
    PRIMARY KEY (context_name, subject, version)
);
CREATE INDEX ix_registry_versions_schema ON registry_subject_versions (context_name, schema_id);

-- Compatibility config per scope: subject '' is the context scope; the default context '.' with '' is global.
CREATE TABLE registry_configs (
    context_name VARCHAR(255) NOT NULL,
    subject      VARCHAR(600) NOT NULL,
    config_json  VARCHAR      NOT NULL,
    PRIMARY KEY (context_name, subject)
);

-- Mode per scope, same keys as registry_configs.
CREATE TABLE registry_modes (
    context_name VARCHAR(255) NOT NULL,
    subject      VARCHAR(600) NOT NULL,
    mode         VARCHAR(32)  NOT NULL,
    PRIMARY KEY (context_name, subject)
);
