package org.contractregistry.registry.domain.audit;

import java.util.Iterator;
import java.util.Optional;
import java.util.function.BiFunction;
import org.contractregistry.registry.domain.audit.ChainVerdict.Kind;

/**
 * Walks the entries in {@code seq} order, checking each one's hash and its link to the one before, then the chain
 * head; stops at the first problem and names it. Reading the entries streams them with one of look-ahead.
 * <ul>
 *   <li>edited: the content no longer hashes to the stored hash (or, rehashed, no longer to what the next entry or the
 *       head recorded);</li>
 *   <li>deleted: a gap in {@code seq} where the link breaks, or the head counts entries past the last one;</li>
 *   <li>inserted: an entry the chain goes past (the next entry links to the one before it), or past the head;</li>
 *   <li>reordered: an entry linking to one that comes after it.</li>
 * </ul>
 * Someone able to rewrite every row and the head consistently (recomputing each hash) is not detected by any chain
 * kept in the same database; export and keep the head elsewhere for that.
 */
public final class ChainWalk {
    private ChainWalk() {
    }

    /**
     * @param entries   every entry, ascending {@code seq}
     * @param headSeq   the seq the chain head recorded
     * @param headHash  the hash the chain head recorded
     * @param seqOfHash the seq of an entry with this {@code entryHash} after the given seq, if any
     */
    public static ChainVerdict walk(Iterator<AuditEntry> entries, long headSeq, String headHash,
            BiFunction<String, Long, Optional<Long>> seqOfHash) {
        return walk(entries, 0, AuditChain.GENESIS, headSeq, headHash, seqOfHash);
    }

    /**
     * The walk from a position already verified: {@code entries} are those after {@code fromSeq} (whose entry had
     * {@code fromHash}; 0 and {@link AuditChain#GENESIS} for the start), ascending.
     */
    public static ChainVerdict walk(Iterator<AuditEntry> entries, long fromSeq, String fromHash, long headSeq,
            String headHash, BiFunction<String, Long, Optional<Long>> seqOfHash) {
        String prev = fromHash;
        String prevPrev = null;
        long expectedSeq = fromSeq + 1;
        long checked = fromSeq;
        AuditEntry current = entries.hasNext() ? entries.next() : null;
        while (current != null) {
            AuditEntry next = entries.hasNext() ? entries.next() : null;
            boolean linked = current.prevHash().equals(prev);
            boolean intact = AuditChain.intact(current);
            if (linked && intact && current.seq() == expectedSeq) {
                prevPrev = prev;
                prev = current.entryHash();
                expectedSeq++;
                checked++;
                current = next;
                continue;
            }
            long seq = current.seq();
            if (linked && !intact) {
                if (next != null && next.prevHash().equals(current.prevHash())) {
                    return ChainVerdict.broken(checked, Kind.INSERTED, seq, "Entry " + seq
                            + " was inserted: the entry after it links to the entry before it");
                }
                return ChainVerdict.broken(checked, Kind.EDITED, seq, "Entry " + seq
                        + " was edited: its content no longer matches its hash");
            }
            if (linked) {
                return ChainVerdict.broken(checked, Kind.EDITED, seq, "Entry " + seq + " was renumbered: expected seq "
                        + expectedSeq + " at this place in the chain");
            }
            Optional<Long> predecessor = seqOfHash.apply(current.prevHash(), seq);
            if (predecessor.isPresent()) {
                return ChainVerdict.broken(checked, Kind.REORDERED, seq, "Entry " + seq + " was reordered: the entry"
                        + " it follows in the chain is stored after it, at " + predecessor.get());
            }
            if (next != null && next.prevHash().equals(prev)) {
                return ChainVerdict.broken(checked, Kind.INSERTED, seq, "Entry " + seq
                        + " was inserted: the entry after it links to the entry before it");
            }
            if (current.prevHash().equals(prevPrev)) {
                return ChainVerdict.broken(checked - 1, Kind.INSERTED, seq - 1, "Entry " + (seq - 1)
                        + " was inserted: the entry after it links to the entry before it");
            }
            if (seq > expectedSeq) {
                return ChainVerdict.broken(checked, Kind.DELETED, expectedSeq, deleted(expectedSeq, seq - 1));
            }
            if (checked == 0) {
                return ChainVerdict.broken(0, Kind.EDITED, seq, "Entry " + seq + " was edited: it does not link to the"
                        + " start of the chain");
            }
            return ChainVerdict.broken(checked - 1, Kind.EDITED, seq - 1, "Entry " + (seq - 1) + " was edited (and"
                    + " rehashed), or an entry after it deleted: entry " + seq + " links to a hash no entry has");
        }
        long last = expectedSeq - 1;
        if (headSeq > last) {
            return ChainVerdict.broken(checked, Kind.DELETED, last + 1, deleted(last + 1, headSeq));
        }
        if (headSeq < last) {
            return ChainVerdict.broken(headSeq, Kind.INSERTED, headSeq + 1, "Entry " + (headSeq + 1)
                    + " was inserted: the chain head ends at entry " + headSeq);
        }
        if (!headHash.equals(prev)) {
            return ChainVerdict.broken(checked - 1, Kind.EDITED, last, "Entry " + last + " was edited (and rehashed):"
                    + " its hash is not the one the chain head recorded");
        }
        return ChainVerdict.valid(checked);
    }

    private static String deleted(long from, long to) {
        return from == to ? "Entry " + from + " was deleted" : "Entries " + from + " to " + to + " were deleted";
    }
}
