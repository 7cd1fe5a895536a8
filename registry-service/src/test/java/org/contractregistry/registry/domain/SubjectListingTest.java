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
 * {@code GET /subjects} pages in the database: every page equals the same slice of the whole ordered listing, for
 * live, soft-deleted and deleted-only subjects, per context and over all, on H2 and on PostgreSQL.
 */
class SubjectListingTest {

    @Test
    void pagesAreSlicesOfTheWholeListingOnH2() {
        checkPaging(TestDatabases.h2());
    }

    @Test
    void pagesAreSlicesOfTheWholeListingOnPostgres() {
        try (PgDatabase database = TestDatabases.postgres()) {
            DataSource dataSource = database.dataSource();
            TestDatabases.migrate(dataSource);
            checkPaging(dataSource);
        }
    }

    private static void checkPaging(DataSource dataSource) {
        Registry registry = Registry.over(dataSource, new MutableClock(1_000));
        // Names whose code-point order differs from a language collation's ("B" < "a" < "a-b" < "a_b" < "ab").
        List<String> names = List.of("ab", "a_b", "a-b", "B", "a", "orders-value", ":.ctx:z", ":.ctx:a", ":.ctx:B");
        for (String name : names) {
            registry.registrations().register(QualifiedSubject.parse(name),
                    SchemaDraft.of(DeletionServiceTest.V1, null), false, false);
        }
        registry.registrations().register(QualifiedSubject.parse("orders-value"),
                SchemaDraft.of(DeletionServiceTest.V2, null), false, false);
        registry.deletions().deleteSubject(QualifiedSubject.parse("a-b"), false);
        registry.deletions().deleteVersion(QualifiedSubject.parse("orders-value"), VersionSpec.parse("1"), false);

        SchemaCatalog catalog = registry.catalog();
        assertThat(catalog.subjects(SubjectFilter.ALL, false, false))
                .containsExactly("B", "a", "a_b", "ab", "orders-value", ":.ctx:B", ":.ctx:a", ":.ctx:z");
        assertThat(catalog.subjects(SubjectFilter.ALL, true, false))
                .containsExactly("B", "a", "a-b", "a_b", "ab", "orders-value", ":.ctx:B", ":.ctx:a", ":.ctx:z");
        assertThat(catalog.subjects(SubjectFilter.ALL, false, true)).containsExactly("a-b");
        assertThat(catalog.subjects(SubjectFilter.fromPrefix(":.ctx:"), false, false))
                .containsExactly(":.ctx:B", ":.ctx:a", ":.ctx:z");
        assertThat(catalog.subjects(SubjectFilter.fromPrefix("a"), true, false)).contains("a", "a-b", "a_b", "ab");

        for (boolean deleted : new boolean[] {false, true}) {
            List<String> whole = catalog.subjects(SubjectFilter.ALL, deleted, false);
            for (int limit = 1; limit <= 4; limit++) {
                List<String> paged = new ArrayList<>();
                for (int offset = 0; offset < whole.size() + limit; offset += limit) {
                    List<String> page = catalog.subjects(SubjectFilter.ALL, deleted, false, offset, limit);
                    assertThat(page.size()).isLessThanOrEqualTo(limit);
                    assertThat(page).isEqualTo(whole.subList(Math.min(offset, whole.size()),
                            Math.min(offset + limit, whole.size())));
                    paged.addAll(page);
                }
                assertThat(paged).isEqualTo(whole);
            }
        }
    }
}
