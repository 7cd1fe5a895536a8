package org.contractregistry.registry.domain;

import org.contractregistry.contracts.ContractSchema;
import org.contractregistry.contracts.ResolvedReference;
import org.contractregistry.contracts.SchemaSource;
import org.contractregistry.registry.store.SubjectState;

/**
 * What a cached schema costs the heap, estimated in bytes, so the caches are bounded by memory rather than by count:
 * a registry of 100,000 subjects must fit a 256 MiB heap. Measured with the engine's parses (Java 17, compressed
 * oops): a parsed Avro record holds ~20 bytes per character of its text, a parsed Protobuf file ~55 (it was ~1,900
 * while parses kept wire's linked schema); a stored schema holds its text once (Latin-1 strings: a byte a character).
 * The estimate takes the larger figure for every parse.
 */
final class CacheWeights {
    private static final long PARSED_BYTES_PER_CHAR = 64;
    private static final long PARSED_OVERHEAD = 2048;
    private static final long STORED_OVERHEAD = 256;
    private static final long STORED_PER_REFERENCE = 128;
    private static final long STATE_OVERHEAD = 512;
    private static final long STATE_PER_VERSION = 96;
    private static final long STATE_PER_SETTING = 1024;

    private CacheWeights() {}

    static int stored(StoredSchema schema) {
        return clamp(STORED_OVERHEAD + schema.text().length() + STORED_PER_REFERENCE * schema.references().size());
    }

    static int parsed(ContractSchema schema) {
        return parsed(schema.source());
    }

    /**
     * A subject's versions (a record and its subject key each) and its scopes' stored configs and modes (a small JSON
     * tree each, estimated at 1 KiB).
     */
    static int subjectState(SubjectState state) {
        return clamp(STATE_OVERHEAD + STATE_PER_VERSION * state.versions().size()
                + STATE_PER_SETTING * (state.settings().configs().size() + state.settings().modes().size()));
    }

    /** A parse of this source, with the references it resolved. */
    static int parsed(SchemaSource source) {
        long chars = source.text().length();
        for (ResolvedReference reference : source.references()) {
            chars += reference.text().length();
        }
        return clamp(PARSED_OVERHEAD + PARSED_BYTES_PER_CHAR * chars);
    }

    private static int clamp(long bytes) {
        return (int) Math.min(Integer.MAX_VALUE, bytes);
    }
}
