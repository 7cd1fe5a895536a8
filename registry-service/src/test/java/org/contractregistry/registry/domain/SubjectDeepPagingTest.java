package org.contractregistry.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.contractregistry.registry.store.SubjectFilter;
import org.contractregistry.registry.store.TestDatabases;
import org.contractregistry.registry.store.TestDatabases.PgDatabase;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /subjects} pages past the first checkpoint ({@link SubjectPages#SPACING}): pages concatenate to the whole
 * listing under every filter (all contexts, one context, a name prefix) and liveness (live, with deleted, deleted
 * only), and stay right after writes made here or by another instance sharing the database (its own checkpoints).
 */
class SubjectDeepPagingTest {
    private static final int SUBJECTS = 2 * SubjectPages.SPACING + 57;

    @Test
    void deepPagesOnH2() {
        check(TestDatabases.h2());
    }

    @Test
    void deepPagesOnPostgres() {
        try (PgDatabase database = TestDatabases.postgres()) {
            DataSource dataSource = database.dataSource();
            TestDatabases.migrate(dataSource);
            check(dataSource);
        }
    }

    private static void check(DataSource dataSource) {
        Registry registry = Registry.over(dataSource, new MutableClock(1_000));
        Registry other = Registry.over(dataSource, new MutableClock(1_000)); // another instance: its own caches
        for (int i = 0; i < SUBJECTS; i++) {
            // Three name shapes, two contexts: the filters below cut the listing differently.
            String name = (i % 7 == 0 ? ":.ctx:" : "") + (i % 3 == 0 ? "b-" : "a-") + String.format("%04d", i);
            register(registry, name);
        }
        for (int i = 1; i < SUBJECTS; i += 5) {
            String name = (i % 7 == 0 ? ":.ctx:" : "") + (i % 3 == 0 ? "b-" : "a-") + String.format("%04d", i);
            registry.deletions().deleteSubject(QualifiedSubject.parse(name), false);
        }
        SchemaCatalog catalog = registry.catalog();
        assertPagesAreTheWhole(catalog);

        // Writes after the checkpoints were read: a new subject before every checkpoint, one soft-deleted and one
        // back alive; here, then through the other instance.
        register(registry, "a-0000-new");
        registry.deletions().deleteSubject(QualifiedSubject.parse("a-0002"), false);
        register(registry, "a-0001");
        assertPagesAreTheWhole(catalog);
        register(other, "a-0000-other");
        other.deletions().deleteSubject(QualifiedSubject.parse("a-0004"), false);
        other.deletions().deleteSubject(QualifiedSubject.parse("a-0004"), true);
        assertPagesAreTheWhole(catalog);
        assertThat(catalog.subjects(SubjectFilter.ALL, true, false)).contains("a-0000-other").doesNotContain("a-0004");
    }

    private static void register(Registry registry, String name) {
        registry.registrations().register(QualifiedSubject.parse(name), SchemaDraft.of(DeletionServiceTest.V1, null),
                false, false);
    }

    private static void assertPagesAreTheWhole(SchemaCatalog catalog) {
        for (SubjectFilter filter : List.of(SubjectFilter.ALL, SubjectFilter.fromPrefix(""),
                SubjectFilter.fromPrefix("a-"), SubjectFilter.fromPrefix(":.ctx:"), SubjectFilter.fromPrefix(":*:b-"))) {
            for (boolean[] state : new boolean[][] {{false, false}, {true, false}, {false, true}}) {
                List<String> whole = catalog.subjects(filter, state[0], state[1]);
                for (int limit : new int[] {37, 100}) {
                    List<String> paged = new ArrayList<>();
                    for (int offset = 0; offset < whole.size() + limit; offset += limit) {
                        paged.addAll(catalog.subjects(filter, state[0], state[1], offset, limit));
                    }
                    assertThat(paged).as("%s deleted=%s deletedOnly=%s limit=%d", filter, state[0], state[1], limit)
                            .isEqualTo(whole);
                }
                // A page starting exactly at, just before and just after a checkpoint.
                for (int offset : new int[] {SubjectPages.SPACING - 1, SubjectPages.SPACING, SubjectPages.SPACING + 1}) {
                    assertThat(catalog.subjects(filter, state[0], state[1], offset, 3))
                            .isEqualTo(whole.subList(Math.min(offset, whole.size()), Math.min(offset + 3, whole.size())));
                }
            }
        }
    }
}
