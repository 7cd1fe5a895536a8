package org.contractregistry.registry.domain;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.contractregistry.registry.store.RegistryStore;
import org.contractregistry.registry.store.RegistryStore.Liveness;
import org.contractregistry.registry.store.SubjectFilter;
import org.contractregistry.registry.store.Transactions;

/**
 * Pages of a subject listing at any offset for the cost of a page near the start. Confluent's API pages by offset, and
 * an offset page reads every subject before it (194 ms at offset 25,000 of 500,000 versions). So each listing (filter
 * and liveness) keeps checkpoints: every {@link #SPACING}th subject's name, read once in one pass; a page at offset
 * {@code o} starts from checkpoint {@code o / SPACING} and skips at most {@code SPACING - 1} subjects.
 *
 * <p>Checkpoints hold only under the {@link RegistryStore#subjectListingGeneration generation} they were read at,
 * which every write that changes a listing (a subject's first live version, a version soft-deleted or removed) moves on
 * after it commits and before it is answered; a page read while the generation moved is read again by offset. So
 * every write acknowledged before a page's read began is in that page. They are also forgotten after
 * {@link #MAX_AGE}, which bounds how long a process that died between its commit and the move could leave a stale
 * set behind.
 */
final class SubjectPages {
    static final int SPACING = 100;
    static final Duration MAX_AGE = Duration.ofMinutes(1);

    private record Listing(SubjectFilter filter, Liveness liveness, long generation) {
    }

    /** Every SPACING-th subject of a listing from the first, and how many it has. */
    private record Checkpoints(List<QualifiedSubject> marks, int total) {
    }

    private final Transactions transactions;
    private final Cache<Listing, Checkpoints> checkpoints = Caffeine.newBuilder().maximumSize(64)
            .expireAfterWrite(MAX_AGE).build();

    SubjectPages(Transactions transactions) {
        this.transactions = transactions;
    }

    List<QualifiedSubject> page(SubjectFilter filter, Liveness liveness, int offset, int limit) {
        if (offset < SPACING) {
            return transactions.read(store -> store.subjects(filter, liveness, offset, limit));
        }
        return transactions.read(store -> {
            long generation = store.subjectListingGeneration();
            // One reader per listing and generation reads the checkpoints; the others wait for them.
            Checkpoints known = checkpoints.get(new Listing(filter, liveness, generation), key -> read(store, key));
            List<QualifiedSubject> page = offset >= known.total() ? List.of()
                    : store.subjectsFrom(filter, liveness, known.marks().get(offset / SPACING), offset % SPACING,
                            limit);
            return store.subjectListingGeneration() == generation ? page
                    : store.subjects(filter, liveness, offset, limit);
        });
    }

    private static Checkpoints read(RegistryStore store, Listing listing) {
        List<QualifiedSubject> all = store.subjects(listing.filter(), listing.liveness(), 0, Integer.MAX_VALUE);
        List<QualifiedSubject> marks = new ArrayList<>(all.size() / SPACING + 1);
        for (int i = 0; i < all.size(); i += SPACING) {
            marks.add(all.get(i));
        }
        return new Checkpoints(marks, all.size());
    }
}
