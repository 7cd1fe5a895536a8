package org.contractregistry.registry.domain;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.OptionalLong;
import org.contractregistry.registry.store.RegistryStore;
import org.contractregistry.registry.store.SubjectState;
import org.contractregistry.registry.store.TextProbe;
import org.contractregistry.registry.store.Transactions;

/**
 * This instance's copies of subjects' states (versions and the stored settings of their scopes), for the reads that
 * judge a draft (compatibility checks, lookups), which otherwise read them from the database on every request. A copy
 * is used only while it is exact: the store must say this instance is the database's only writer (embedded H2) and no
 * write may have finished since the copy was read ({@link Transactions#soleWriterWrites}; a registration or settings
 * change anywhere ends every copy). Where other instances write too (PostgreSQL), every read goes to the database.
 */
final class SubjectStates {
    private final Transactions transactions;
    private final Cache<QualifiedSubject, Copy> copies;

    /** A state, and the store's count of finished writes taken before it was read. */
    private record Copy(long writes, SubjectState state) {}

    /** @param maxBytes heap the copies may hold, as {@link CacheWeights#subjectState} estimates it */
    SubjectStates(Transactions transactions, long maxBytes) {
        this.transactions = transactions;
        this.copies = Caffeine.newBuilder().maximumWeight(maxBytes).recordStats()
                .weigher((QualifiedSubject subject, Copy copy) -> CacheWeights.subjectState(copy.state())).build();
    }

    /** The subject's state (not locked), from this instance's copy when that is still exact. */
    SubjectState read(RegistryStore store, QualifiedSubject subject) {
        OptionalLong writes = transactions.soleWriterWrites(); // taken before the read: a later write outdates it
        if (writes.isEmpty()) {
            return store.subjectState(subject, SettingsService.scopes(subject), false);
        }
        Copy copy = copies.getIfPresent(subject);
        if (copy != null && copy.writes() == writes.getAsLong()) {
            return copy.state();
        }
        SubjectState state = store.subjectState(subject, SettingsService.scopes(subject), false);
        copies.put(subject, new Copy(writes.getAsLong(), state));
        return state;
    }

    /**
     * The subject's state as {@link #read}, with a {@link TextProbe} for a draft of these texts read in the same round
     * trip when the state comes from the store (none when it comes from this instance's copy).
     */
    TextProbe.Probed probed(RegistryStore store, QualifiedSubject subject, List<String> texts) {
        OptionalLong writes = transactions.soleWriterWrites();
        if (writes.isPresent()) {
            Copy copy = copies.getIfPresent(subject);
            if (copy != null && copy.writes() == writes.getAsLong()) {
                return new TextProbe.Probed(copy.state(), TextProbe.NONE);
            }
        }
        TextProbe.Probed probed = store.probedSubjectState(subject, SettingsService.scopes(subject), texts);
        if (writes.isPresent()) {
            copies.put(subject, new Copy(writes.getAsLong(), probed.state()));
        }
        return probed;
    }

    Cache<QualifiedSubject, ?> cache() {
        return copies;
    }
}
