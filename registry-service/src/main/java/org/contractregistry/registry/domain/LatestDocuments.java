package org.contractregistry.registry.domain;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The metadata and ruleSet of subjects' latest versions as this instance last saw them, kept only where they are not
 * empty. A registration's read before its write uses them to guess what a request without documents inherits, so it
 * reserves an id for the content it will really store (or finds it stored) without another query. The write reads
 * the real latest version under the subject's lock; a stale entry costs only a wrong guess.
 */
final class LatestDocuments {
    static final int MAX_SUBJECTS = 10_000;

    private final Cache<QualifiedSubject, Documents> bySubject = Caffeine.newBuilder().maximumSize(MAX_SUBJECTS).build();

    /** The documents the subject's latest version had when last seen; null when none or not seen. */
    Documents guess(QualifiedSubject subject) {
        return bySubject.getIfPresent(subject);
    }

    /** What the subject's latest version holds now (null: no live version). */
    void saw(QualifiedSubject subject, Documents latest) {
        if (latest == null || latest.isEmpty()) {
            bySubject.invalidate(subject);
        } else {
            bySubject.put(subject, latest);
        }
    }
}
