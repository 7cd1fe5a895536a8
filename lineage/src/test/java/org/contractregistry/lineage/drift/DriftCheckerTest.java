package org.contractregistry.lineage.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.contractregistry.contracts.FieldShape;
import org.contractregistry.lineage.event.ObservedField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DriftCheckerTest {
    private static final List<FieldShape> ORDER = List.of(
            new FieldShape("id", "long", false, false),
            new FieldShape("customer", "record", false, false),
            new FieldShape("customer.email", "string", true, false),
            new FieldShape("amount", "decimal", false, false),
            new FieldShape("placed_at", "timestamp-millis", false, false),
            new FieldShape("tags", "string", false, true));

    @Test
    void sparkSchemaThatMatchesHasNoDrift() {
        List<ObservedField> spark = List.of(
                new ObservedField("id", "long"), new ObservedField("customer", "struct"),
                new ObservedField("customer.email", "string"), new ObservedField("amount", "decimal(10,2)"),
                new ObservedField("placed_at", "timestamp"), new ObservedField("tags", "array<string>"));
        assertThat(DriftChecker.compare(ORDER, spark)).isEmpty();
    }

    @Test
    void postgresSchemaMatchesCaseInsensitively() {
        List<ObservedField> pg = List.of(
                new ObservedField("ID", "BIGINT"), new ObservedField("customer", "JSONB"),
                new ObservedField("customer.email", "character varying"), new ObservedField("amount", "NUMERIC(10,2)"),
                new ObservedField("placed_at", "timestamp with time zone"), new ObservedField("tags", "_text"));
        assertThat(DriftChecker.compare(ORDER, pg)).isEmpty();
    }

    @Test
    void reportsMissingExtraAndMismatchedFieldsSortedByPath() {
        List<ObservedField> observed = List.of(
                new ObservedField("id", "string"), new ObservedField("amount", "decimal(10,2)"),
                new ObservedField("placed_at", "timestamp"), new ObservedField("tags", "string"),
                new ObservedField("coupon", "string"), new ObservedField("coupon_meta", "struct"),
                new ObservedField("coupon_meta.code", "string"));
        assertThat(DriftChecker.compare(ORDER, observed)).containsExactly(
                new DriftFinding(DriftKind.EXTRA_FIELD, "coupon", "", "string"),
                new DriftFinding(DriftKind.EXTRA_FIELD, "coupon_meta", "", "struct"),
                new DriftFinding(DriftKind.MISSING_FIELD, "customer", "record", ""),
                new DriftFinding(DriftKind.TYPE_MISMATCH, "id", "long", "string"),
                new DriftFinding(DriftKind.TYPE_MISMATCH, "tags", "array<string>", "string"));
    }

    @Test
    void findingsReadAsSentences() {
        assertThat(new DriftFinding(DriftKind.TYPE_MISMATCH, "id", "long", "string").message())
                .isEqualTo("field 'id' is long in the contract but was observed as string");
        assertThat(new DriftFinding(DriftKind.MISSING_FIELD, "x", "int", "").message()).contains("not in the observed");
    }

    @Test
    void untypedObservedFieldsAreNotJudged() {
        assertThat(DriftChecker.compare(List.of(new FieldShape("id", "long", false, false)),
                List.of(new ObservedField("id", "")))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "int, integer, true", "int, INT4, true", "int, bigint, false", "long, bigint, true", "long, integer, false",
        "double, double precision, true", "float, float, true", "string, varchar(20), true", "enum, string, true",
        "bytes, binary, true", "boolean, bool, true", "boolean, string, false", "date, date, true",
        "timestamp-micros, timestamp_ntz, true", "decimal, 'decimal(38,9)', true", "uuid, uuid, true",
        "record, struct<a:int>, true", "map, 'map<string,int>', true", "date, timestamp, false"
    })
    void typeMappingTable(String contractType, String observedType, boolean accepted) {
        assertThat(TypeMapping.accepts(contractType, observedType)).isEqualTo(accepted);
    }
}
