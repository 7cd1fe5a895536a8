package org.contractregistry.registry.infra;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.Optional;

/** The registry's own configuration keys ({@code registry.*}); see application.properties for the env names. */
@ConfigMapping(prefix = "registry")
public interface RegistrySettings {

    /** Largest request body accepted, in bytes; bigger bodies are refused with 413. */
    @WithDefault("1048576")
    long maxRequestBytes();

    /** Compatibility level where no scope sets one. */
    @WithDefault("BACKWARD")
    String defaultCompatibility();

    /** Protobuf strictness where no scope sets one: WIRE, WIRE_JSON or CONFLUENT. */
    @WithDefault("WIRE_JSON")
    String defaultProtobufStrictness();

    Cache cache();

    Db db();

    Audit audit();

    interface Audit {
        /**
         * Whether registry writes append to the audit log. Off only to measure what the append costs (benchmarks/load
         * audit-ab.sh), and then only while the registry is open (no user, usable key or token issuer): as soon as a
         * credential exists, writes are audited again. Both states are logged as warnings.
         */
        @WithDefault("true")
        boolean enabled();

        /** How often the sweeper seals committed entries no writer sealed (a crash between commit and seal). */
        @WithDefault("250ms")
        Duration sealEvery();

        /**
         * How long after a write's commit its entries are sealed, by one sealer thread per instance: the writes of that
         * window are sealed in one transaction instead of one each (0: the writer seals before it is answered).
         */
        @WithDefault("10ms")
        Duration sealDelay();
    }

    interface Db {
        /** h2 or postgresql; unset means PostgreSQL when REGISTRY_DB_URL is a PostgreSQL URL, else H2. */
        Optional<String> kind();

        /** Computed by {@link DatabaseKindConfigSource}; binds the H2 datasource's {@code active} switch. */
        @WithName("h2-active")
        boolean h2Active();

        /** Computed by {@link DatabaseKindConfigSource}; binds the PostgreSQL datasource's {@code active} switch. */
        @WithName("pg-active")
        boolean pgActive();

        /**
         * How long a request keeps trying a database that refuses connections (stopped, restarting, failing over)
         * before it is answered 503 with error_code 50001.
         */
        @WithName("unavailable-timeout")
        @WithDefault("5s")
        java.time.Duration unavailableTimeout();

        /** Folder of the embedded H2 store's online backups; none are taken when unset. */
        @WithName("h2-backup-dir")
        Optional<String> h2BackupDir();

        /** Time between two H2 backups (the first is taken at start). */
        @WithName("h2-backup-every")
        @WithDefault("1h")
        java.time.Duration h2BackupEvery();

        /** How many H2 backups are kept (the oldest are deleted). */
        @WithName("h2-backup-keep")
        @WithDefault("7")
        int h2BackupKeep();
    }

    interface Cache {
        /**
         * Heap (bytes, estimated) for schemas by id, stored and parsed, each instance keeps; bounded by memory, not
         * by count, so a registry of any size fits the heap.
         */
        @WithName("max-schema-bytes")
        @WithDefault("67108864")
        long maxSchemaBytes();

        /** Heap (bytes, estimated) for the parses of drafts each instance remembers (drafts are sent again and again). */
        @WithName("max-draft-bytes")
        @WithDefault("33554432")
        long maxDraftBytes();

        /**
         * Heap (bytes, estimated) for the copies of subjects' versions and settings that compatibility checks and
         * lookups read, kept on the embedded H2 store only (this instance its only writer; each write ends them).
         */
        @WithName("max-subject-state-bytes")
        @WithDefault("8388608")
        long maxSubjectStateBytes();
    }
}
