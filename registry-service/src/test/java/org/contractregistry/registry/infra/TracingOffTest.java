package org.contractregistry.registry.infra;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.prometheus.client.exemplars.ExemplarSampler;
import io.quarkus.micrometer.runtime.export.exemplars.NoopOpenTelemetryExemplarContextUnwrapper;
import io.quarkus.micrometer.runtime.export.exemplars.OpenTelemetryContextUnwrapper;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.contractregistry.registry.store.Transactions;
import org.junit.jupiter.api.Test;

/**
 * Tracing is off unless turned on: with the default configuration a registration exports no span (though an
 * exporter is there to receive them), the store is not wrapped in spans and the datasource's connections are Agroal's
 * own (no statement wrapper). Quarkus leaves the HTTP server untraced too while the SDK is disabled, and no metric
 * samples an exemplar.
 */
@QuarkusTest
class TracingOffTest {

    @Inject
    InMemorySpanExporter exported;

    @Inject
    Transactions transactions;

    @Inject
    @Any
    InjectableInstance<AgroalDataSource> dataSources;

    @Inject
    Optional<ExemplarSampler> exemplars;

    @Inject
    OpenTelemetryContextUnwrapper unwrapper;

    @Test
    void theDefaultConfigurationTracesNothing() throws InterruptedException {
        given().contentType("application/vnd.schemaregistry.v1+json")
                .body(Map.of("schema", "{\"type\":\"record\",\"name\":\"Untraced\",\"fields\":[]}"))
                .post("/subjects/untraced-" + UUID.randomUUID() + "/versions").then().statusCode(200);
        Thread.sleep(300); // six times the test profile's export delay (quarkus.otel.bsp.schedule.delay)

        assertThat(exported.getFinishedSpanItems()).isEmpty();
        assertThat(transactions).isNotInstanceOf(TracedTransactions.class);
        assertThat(dataSources.getActive().getClass().getName()).doesNotContain("OpenTelemetry");
        // nor does any metric sample an exemplar or enter a tracing context (MetricsExemplars)
        assertThat(exemplars).isEmpty();
        assertThat(unwrapper).isInstanceOf(NoopOpenTelemetryExemplarContextUnwrapper.class);
    }
}
