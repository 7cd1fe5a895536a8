package org.contractregistry.registry.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.contractregistry.contracts.ContractSchema;
import org.contractregistry.contracts.compatibility.CompatibilityChecker;
import org.contractregistry.contracts.compatibility.CompatibilityLevel;
import org.contractregistry.contracts.compatibility.CompatibilityResult;
import org.contractregistry.contracts.compatibility.PriorVersion;
import org.contractregistry.registry.domain.metrics.RegistryMetrics;
import org.contractregistry.registry.store.RegistryStore;

/**
 * Judges a candidate against versions of its subject as the config in force asks, for registration and for
 * {@code POST /compatibility/...} alike: with {@code validateFields}, the reserved fields against the latest compared
 * version; then the level, against only the versions whose value of the {@code compatibilityGroup} metadata property
 * equals the candidate's (absent equals absent), as Confluent does.
 */
final class CompatibilityJudge {
    private final SchemaCatalog catalog;

    CompatibilityJudge(SchemaCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * @param compared live versions, oldest first
     * @param metadata the candidate's metadata as it would be stored (its compatibility group, its reserved fields)
     */
    Verdict judge(RegistryStore store, List<VersionRecord> compared, ContractSchema candidate, JsonNode metadata,
            EffectiveConfig config) {
        DataContractConfig contract = config.contract();
        List<String> reserved = List.of();
        if (contract.validateFields()) {
            JsonNode previous = compared.isEmpty() ? null : schema(store, compared.get(compared.size() - 1)).metadata();
            reserved = ReservedFields.problems(candidate, metadata, previous);
        }
        if (config.level() == CompatibilityLevel.NONE || compared.isEmpty()) {
            return new Verdict(reserved, CompatibilityResult.COMPATIBLE, Map.of());
        }
        String group = contract.compatibilityGroup();
        List<VersionRecord> judged = compared;
        if (group != null) {
            String value = Documents.property(metadata, group);
            judged = compared.stream()
                    .filter(v -> Objects.equals(value, Documents.property(schema(store, v).metadata(), group)))
                    .toList();
        }
        if (!config.level().isTransitive() && !judged.isEmpty()) {
            judged = judged.subList(judged.size() - 1, judged.size());
        }
        Map<Integer, StoredSchema> byId = judged.isEmpty() ? Map.of() : catalog.findSchemas(store,
                judged.get(0).subject().context(), judged.stream().map(VersionRecord::schemaId).toList());
        Map<Integer, StoredSchema> olds = new LinkedHashMap<>();
        List<PriorVersion> priors = new ArrayList<>(judged.size());
        for (VersionRecord v : judged) {
            StoredSchema old = Optional.ofNullable(byId.get(v.schemaId())).orElseThrow();
            olds.put(v.version(), old);
            priors.add(new PriorVersion(v.version(), catalog.parsed(store, old)));
        }
        return new Verdict(reserved, CompatibilityChecker.check(candidate, priors, config.level(),
                config.checkOptions()), olds);
    }

    private StoredSchema schema(RegistryStore store, VersionRecord v) {
        return catalog.findSchema(store, v.subject().context(), v.schemaId()).orElseThrow();
    }

    static List<VersionRecord> live(List<VersionRecord> versions) {
        return versions.stream().filter(v -> !v.deleted()).toList();
    }

    /**
     * Reserved-field problems first, then the findings of the level, as Confluent lists them.
     *
     * @param oldSchemas the versions compared, by version number
     */
    record Verdict(List<String> reservedFieldProblems, CompatibilityResult result,
            Map<Integer, StoredSchema> oldSchemas) {
        /** The rule id the reserved-field problems are counted under (they are not findings of the engine). */
        static final String RESERVED_FIELDS_RULE = "RESERVED_FIELD_REMOVED";

        boolean compatible() {
            return reservedFieldProblems.isEmpty() && result.isCompatible();
        }

        /** Confluent's verbose answer: empty when compatible ({@link IncompatibilityMessages}). */
        List<String> messages(EffectiveConfig config) {
            return IncompatibilityMessages.lines(reservedFieldProblems, result.findings(), oldSchemas,
                    config.contract().validateFields(), config.level().toString());
        }

        /** Counts each problem and finding by its rule. */
        void count(RegistryMetrics metrics, RegistryMetrics.Judged by) {
            reservedFieldProblems.forEach(problem -> metrics.incompatibility(by, RESERVED_FIELDS_RULE));
            result.findings().forEach(finding -> metrics.incompatibility(by, finding.ruleId()));
        }

        /** The 409 answer of a refused registration. */
        RegistryException refusal(QualifiedSubject subject, EffectiveConfig config) {
            return new RegistryException(ErrorCode.INCOMPATIBLE_SCHEMA, "Schema being registered is incompatible"
                    + " with an earlier schema for subject \"" + subject.qualified() + "\", details: "
                    + messages(config));
        }
    }
}
