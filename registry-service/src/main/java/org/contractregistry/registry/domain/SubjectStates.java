package org.contractregistry.registry.domain;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.IntPredicate;
import org.contractregistry.registry.store.RegistryStore;
import org.contractregistry.registry.store.SubjectState;
import org.contractregistry.registry.store.TextProbe;
import org.contractregistry.registry.store.Transactions;

/**
 * This instance's copies of subjects' states (versions and the stored settings of their scopes), for the reads that
 * judge a draft (compatibility checks, lookups), which otherwise read them from the database on every request. A copy
 * is used only while it is exact: the store must say this instance is the database's only writer (embedded H2) and no
 * write may have finished since the copy was read ({@link Transactions#soleWriterWrites}; a registration or settings
 * change anywhere ends every copy). Where other instances write too (PostgreSQL), every read goes to the database, and
 * the copies are hints only: whether a lookup's probe of the newest versions may save a round trip ({@link #probed}).
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
     * The subject's versions (oldest first, soft-deleted ones too): from {@link #read} where copies can be exact, else
     * the versions alone from the store (the whole state would cost a read more).
     */
    List<VersionRecord> versions(RegistryStore store, QualifiedSubject subject) {
        return transactions.soleWriterWrites().isPresent() ? read(store, subject).versions() : store.versions(subject);
    }

    /**
     * The subject's state as {@link #read}, with a {@link TextProbe} for a draft of these texts read in the same round
     * trip when the state comes from the store and the probe may save a trip: not when this instance's copy is exact,
     * nor when the state it read last time (a hint only, where other instances write) says the newest versions'
     * schemas are all cached here ({@code cached}), as on a registry whose schemas fit the cache.
     */
    TextProbe.Probed probed(RegistryStore store, QualifiedSubject subject, List<String> texts,
            IntPredicate cached) {
        OptionalLong writes = transactions.soleWriterWrites();
        Copy copy = copies.getIfPresent(subject);
        if (writes.isPresent() && copy != null && copy.writes() == writes.getAsLong()) {
            return new TextProbe.Probed(copy.state(), TextProbe.NONE);
        }
        long count = writes.orElse(HINT_ONLY);
        List<QualifiedSubject> scopes = SettingsService.scopes(subject);
        if (copy != null && newestCached(copy.state(), cached)) {
            SubjectState state = store.subjectState(subject, scopes, false);
            keep(subject, copy, new Copy(count, state));
            return new TextProbe.Probed(state, TextProbe.NONE);
        }
        TextProbe.Probed probed = store.probedSubjectState(subject, scopes, texts);
        keep(subject, copy, new Copy(count, probed.state()));
        return probed;
    }

    /** Replaces a copy unless it is the same (a write to the cache per lookup would cost more than the comparison). */
    private void keep(QualifiedSubject subject, Copy old, Copy fresh) {
        if (!fresh.equals(old)) {
            copies.put(subject, fresh);
        }
    }

    /** The write count of a copy kept only as a hint (never exact: {@link #read} and {@link #probed} skip it). */
    private static final long HINT_ONLY = -1;

    private static boolean newestCached(SubjectState state, IntPredicate cached) {
        List<VersionRecord> versions = state.versions();
        for (int i = versions.size() - 1; i >= Math.max(0, versions.size() - TextProbe.WINDOW); i--) {
            if (!cached.test(versions.get(i).schemaId())) {
                return false;
            }
        }
        return true;
    }

    Cache<QualifiedSubject, ?> cache() {
        return copies;
    }
}
