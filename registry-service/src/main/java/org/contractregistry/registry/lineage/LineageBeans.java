package org.contractregistry.registry.lineage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import org.contractregistry.lineage.binding.NamingRule;
import org.contractregistry.lineage.binding.SubjectResolver;
import org.contractregistry.lineage.catalog.ContractCatalog;
import org.contractregistry.lineage.catalog.ContractJoin;
import org.contractregistry.lineage.event.EventLimits;
import org.contractregistry.lineage.event.EventParser;
import org.contractregistry.registry.domain.SchemaCatalog;

/** Builds the plain lineage parts once per instance from configuration. */
@ApplicationScoped
public class LineageBeans {

    @Produces
    @Singleton
    EventParser eventParser(LineageSettings settings) {
        return new EventParser(new EventLimits(settings.maxEventChars(), settings.maxFacetChars()));
    }

    @Produces
    @Singleton
    SubjectResolver subjectResolver(LineageSettings settings) {
        return new SubjectResolver(settings.namingRules().orElse(List.of()).stream().map(NamingRule::parse).toList());
    }

    @Produces
    @Singleton
    ContractCatalog contractCatalog(SchemaCatalog schemas, LineageSettings settings) {
        return new RegistryContractCatalog(schemas, Duration.ofMillis(settings.contractCacheMillis()));
    }

    @Produces
    @Singleton
    ContractJoin contractJoin(SubjectResolver resolver, ContractCatalog catalog) {
        return new ContractJoin(resolver, catalog);
    }
}
