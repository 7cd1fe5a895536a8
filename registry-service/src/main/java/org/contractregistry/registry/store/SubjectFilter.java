package org.contractregistry.registry.store;

import org.contractregistry.registry.domain.QualifiedSubject;

/**
 * Which subjects a listing covers, from Confluent's {@code subjectPrefix}: {@code :*:} (or absent) is every context,
 * an empty prefix the default context, {@code :.ctx:} one context, and {@code :.ctx:abc} / {@code abc} a name prefix.
 *
 * @param context null for every context
 * @param namePrefix the subject-name prefix, empty for all
 */
public record SubjectFilter(String context, String namePrefix) {
    public static final SubjectFilter ALL = new SubjectFilter(null, "");

    public static SubjectFilter fromPrefix(String prefix) {
        if (prefix == null || prefix.equals(":*:")) {
            return ALL;
        }
        if (prefix.startsWith(":*:")) {
            return new SubjectFilter(null, prefix.substring(3));
        }
        QualifiedSubject parsed = QualifiedSubject.parse(prefix);
        return new SubjectFilter(parsed.context(), parsed.name());
    }

    public boolean matches(QualifiedSubject subject) {
        return (context == null || context.equals(subject.context())) && subject.name().startsWith(namePrefix);
    }
}
