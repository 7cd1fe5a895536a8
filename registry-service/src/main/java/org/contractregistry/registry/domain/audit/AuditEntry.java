package org.contractregistry.registry.domain.audit;

/**
 * One stored audit entry, as read back. {@code before} and {@code after} are the JSON texts as stored (hashed as they
 * are, so a reread cannot change the hash).
 *
 * @param seq        the entry's place in the chain, from 1
 * @param occurredAt epoch millis of the append
 * @param prevHash   the entry before's {@code entryHash} (64 zeros for the first)
 * @param entryHash  SHA-256 of the entry's canonical form ({@link AuditChain#hash})
 */
public record AuditEntry(long seq, long occurredAt, String principal, String principalKind, String team,
        String operation, String target, Integer version, Integer schemaId, String before, String after,
        String requestId, String clientAddress, String prevHash, String entryHash) {
}
