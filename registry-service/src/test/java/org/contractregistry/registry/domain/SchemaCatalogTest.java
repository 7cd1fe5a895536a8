package org.contractregistry.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.contractregistry.contracts.ParseResult;
import org.contractregistry.contracts.ResolvedReference;
import org.contractregistry.contracts.SchemaSource;
import org.contractregistry.contracts.SchemaType;
import org.contractregistry.registry.store.JdbcTransactions;
import org.contractregistry.registry.store.TestDatabases;
import org.junit.jupiter.api.Test;

/** The catalog's parse memo for drafts: the same source is parsed once; any difference is parsed anew. */
class SchemaCatalogTest {
    private static final String CUSTOMER = "{\"type\":\"record\",\"name\":\"Customer\",\"namespace\":\"acme\","
            + "\"fields\":[{\"name\":\"id\",\"type\":\"string\"}]}";
    private static final String ORDER = "{\"type\":\"record\",\"name\":\"Order\",\"namespace\":\"acme\","
            + "\"fields\":[{\"name\":\"customer\",\"type\":\"acme.Customer\"}]}";

    private final SchemaCatalog catalog = new SchemaCatalog(new JdbcTransactions(TestDatabases.h2()), SchemaCatalog.DEFAULT_MAX_SCHEMA_BYTES,
            SchemaCatalog.DEFAULT_MAX_DRAFT_BYTES);

    private static SchemaSource order(int customerVersion, String customerText) {
        return new SchemaSource(SchemaType.AVRO, ORDER,
                List.of(new ResolvedReference("acme.Customer", "customer-value", customerVersion, SchemaType.AVRO,
                        customerText)));
    }

    @Test
    void theSameDraftIsParsedOnce() {
        ParseResult first = catalog.parse(order(1, CUSTOMER));
        ParseResult again = catalog.parse(order(1, new String(CUSTOMER.toCharArray())));
        assertThat(first).isInstanceOf(ParseResult.Parsed.class);
        assertThat(again).isSameAs(first);
    }

    @Test
    void aDifferentReferenceOrTextIsParsedAnew() {
        ParseResult first = catalog.parse(order(1, CUSTOMER));
        String customerV2 = CUSTOMER.replace("}]}", "},{\"name\":\"email\",\"type\":[\"null\",\"string\"],"
                + "\"default\":null}]}");
        ParseResult otherVersion = catalog.parse(order(2, CUSTOMER));
        ParseResult otherText = catalog.parse(order(1, customerV2));
        assertThat(otherVersion).isNotSameAs(first);
        assertThat(otherText).isNotSameAs(first).isNotSameAs(otherVersion);
    }

    @Test
    void anInvalidDraftStaysInvalid() {
        SchemaSource broken = SchemaSource.avro("{\"type\":\"record\",\"name\":\"X\"}");
        assertThat(catalog.parse(broken)).isInstanceOf(ParseResult.Invalid.class);
        assertThat(catalog.parse(broken)).isInstanceOf(ParseResult.Invalid.class);
    }
}
