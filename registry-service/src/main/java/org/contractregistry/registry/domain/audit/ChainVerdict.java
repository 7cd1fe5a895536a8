package org.contractregistry.registry.domain.audit;

/**
 * What walking the audit chain found: valid with the number of entries, or the first entry found edited, deleted,
 * inserted or reordered.
 *
 * @param entries the entries checked and found in order before the problem (all of them when valid)
 * @param problem null when valid
 */
public record ChainVerdict(boolean valid, long entries, Problem problem) {

    public enum Kind { EDITED, DELETED, INSERTED, REORDERED }

    /**
     * @param seq     the chain position of the entry concerned (for a deletion: the first missing one)
     * @param message a sentence naming what was found and where
     */
    public record Problem(Kind kind, long seq, String message) {
    }

    static ChainVerdict valid(long entries) {
        return new ChainVerdict(true, entries, null);
    }

    static ChainVerdict broken(long entries, Kind kind, long seq, String message) {
        return new ChainVerdict(false, entries, new Problem(kind, seq, message));
    }
}
