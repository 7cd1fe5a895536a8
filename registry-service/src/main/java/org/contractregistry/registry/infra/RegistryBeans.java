package org.contractregistry.registry.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.contractregistry.contracts.compatibility.CompatibilityLevel;
import org.contractregistry.contracts.compatibility.ProtobufStrictness;
import org.contractregistry.registry.domain.CompatibilityService;
import org.contractregistry.registry.domain.DeletionService;
import org.contractregistry.registry.domain.RegistrationService;
import org.contractregistry.registry.domain.RegistryDefaults;
import org.contractregistry.registry.domain.SchemaCatalog;
import org.contractregistry.registry.domain.SchemaLookup;
import org.contractregistry.registry.domain.SettingsService;
import org.contractregistry.registry.domain.metrics.RegistryMetrics;
import org.contractregistry.registry.domain.access.AccessControl;
import org.contractregistry.registry.domain.VersionComparison;
import org.contractregistry.registry.store.Transactions;

/**
 * Builds the plain domain services once per instance over the active database; each write checks the caller against
 * {@link AccessControl} (security/rest/SecurityBeans).
 */
@ApplicationScoped
public class RegistryBeans {

    @Produces
    @Singleton
    SchemaCatalog catalog(Transactions transactions, RegistrySettings settings) {
        return new SchemaCatalog(transactions, settings.cache().maxSchemaBytes(), settings.cache().maxDraftBytes(),
                settings.cache().maxSubjectStateBytes());
    }

    @Produces
    @Singleton
    SettingsService settingsService(Transactions transactions, RegistrySettings settings, AccessControl access) {
        RegistryDefaults defaults = new RegistryDefaults(
                CompatibilityLevel.parse(settings.defaultCompatibility()).orElseThrow(() ->
                        new IllegalArgumentException("registry.default-compatibility: " + settings.defaultCompatibility())),
                ProtobufStrictness.parse(settings.defaultProtobufStrictness()).orElseThrow(() ->
                        new IllegalArgumentException("registry.default-protobuf-strictness: "
                                + settings.defaultProtobufStrictness())));
        return new SettingsService(transactions, defaults, access);
    }

    @Produces
    @Singleton
    RegistrationService registrationService(SchemaCatalog catalog, SettingsService settings, RegistryMetrics metrics,
            AccessControl access) {
        return new RegistrationService(catalog, settings, Clock.systemUTC(), metrics, access);
    }

    @Produces
    @Singleton
    DeletionService deletionService(SchemaCatalog catalog, SettingsService settings, RegistryMetrics metrics,
            AccessControl access) {
        return new DeletionService(catalog, settings, metrics, access);
    }

    @Produces
    @Singleton
    SchemaLookup schemaLookup(SchemaCatalog catalog) {
        return new SchemaLookup(catalog);
    }

    @Produces
    @Singleton
    CompatibilityService compatibilityService(SchemaCatalog catalog, SettingsService settings,
            RegistryMetrics metrics) {
        return new CompatibilityService(catalog, settings, metrics);
    }

    @Produces
    @Singleton
    VersionComparison versionComparison(SchemaCatalog catalog, SettingsService settings) {
        return new VersionComparison(catalog, settings);
    }
}
