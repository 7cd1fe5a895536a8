package org.contractregistry.registry.infra;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.SmallRyeHealthReporter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.contractregistry.registry.domain.SchemaCatalog;
import org.contractregistry.registry.domain.metrics.RegistryMetrics;

/**
 * The domain's metrics port as Micrometer meters, the schema caches' hits and misses, and histogram buckets for the
 * latencies the alerts take a p99 of (HTTP requests, store operations). Buckets are a fixed short list rather than
 * Micrometer's ~70 default ones, so each route adds a dozen series, not seventy.
 */
@ApplicationScoped
public class Observability {
    static final String STORE_TIMER = "registry.store";
    private static final String HTTP_TIMER = "http.server.requests";
    private static final double[] BUCKETS_SECONDS = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25,
        0.5, 1, 2.5, 5};

    @Produces
    @Singleton
    RegistryMetrics registryMetrics(MeterRegistry registry) {
        return new MicrometerRegistryMetrics(registry);
    }

    @Produces
    @Singleton
    MeterFilter latencyBuckets() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (id.getType() != Meter.Type.TIMER
                        || !(id.getName().equals(HTTP_TIMER) || id.getName().equals(STORE_TIMER))) {
                    return config;
                }
                double[] nanos = new double[BUCKETS_SECONDS.length];
                for (int i = 0; i < nanos.length; i++) {
                    nanos[i] = Math.rint(BUCKETS_SECONDS[i] * 1e9);
                }
                return DistributionStatisticConfig.builder().serviceLevelObjectives(nanos).build().merge(config);
            }
        };
    }

    /**
     * {@code cache_gets_total{cache, result="hit"|"miss"}} and the caches' sizes and evictions; {@code registry_ready}
     * (1 while {@code /q/health/ready} is UP: 0 while starting, draining or without its database) and
     * {@code registry_database_up} (1 when a pooled connection answers within 2 s), both evaluated at each scrape.
     */
    void bind(@Observes StartupEvent start, SchemaCatalog catalog, MeterRegistry registry,
            SmallRyeHealthReporter health, @Any InjectableInstance<AgroalDataSource> dataSources) {
        catalog.caches().forEach((name, cache) -> CaffeineCacheMetrics.monitor(registry, cache, name));
        Gauge.builder("registry.ready", health, reporter -> reporter.getReadiness().isDown() ? 0 : 1)
                .description("1 while the readiness check is UP").register(registry);
        AgroalDataSource dataSource = dataSources.getActive();
        Gauge.builder("registry.database.up", dataSource, Observability::answers)
                .description("1 when a pooled connection to the database answers within 2 s").register(registry);
    }

    private static double answers(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2) ? 1 : 0;
        } catch (SQLException | RuntimeException e) {
            return 0;
        }
    }
}
