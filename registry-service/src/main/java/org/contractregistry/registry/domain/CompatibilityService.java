package org.contractregistry.registry.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.contractregistry.contracts.ContractSchema;
import org.contractregistry.contracts.compatibility.CompatibilityChecker;
import org.contractregistry.contracts.compatibility.CompatibilityResult;
import org.contractregistry.contracts.compatibility.Finding;
import org.contractregistry.registry.store.SubjectState;
import org.contractregistry.registry.store.Transactions;

/** {@code POST /compatibility/...}: judges a draft against a subject's versions without registering it. */
public final class CompatibilityService {
    private final Transactions transactions;
    private final SchemaCatalog catalog;
    private final SettingsService settings;
    private final SchemaPreparer preparer;
    private final RegistrationService registrations;

    public CompatibilityService(SchemaCatalog catalog, SettingsService settings, RegistrationService registrations) {
        this.transactions = catalog.transactions();
        this.catalog = catalog;
        this.settings = settings;
        this.preparer = new SchemaPreparer(catalog);
        this.registrations = registrations;
    }

    /**
     * @param version a single version to compare with, or null for every version the subject's level requires
     * @param verbose when true an unparsable draft is an incompatible answer rather than 42201
     */
    public CompatibilityAnswer check(QualifiedSubject subject, VersionSpec version, SchemaDraft draft,
            boolean normalize, boolean verbose) {
        return transactions.read(store -> {
            SubjectState state = store.subjectState(subject, SettingsService.scopes(subject), false);
            List<VersionRecord> versions = state.versions();
            EffectiveConfig config = settings.inForce(state.settings(), subject).config();
            ContractSchema candidate;
            try {
                candidate = preparer.contract(store, subject, draft);
            } catch (RegistryException e) {
                if (verbose && e.errorCode() == ErrorCode.INVALID_SCHEMA) {
                    return new CompatibilityAnswer(false, List.of(e.getMessage()));
                }
                throw e;
            }
            List<VersionRecord> compared = compared(subject, version, versions);
            CompatibilityResult result = CompatibilityChecker.check(candidate,
                    registrations.priors(store, compared), config.level(), config.checkOptions());
            return new CompatibilityAnswer(result.isCompatible(),
                    verbose ? messages(result, config) : List.of());
        });
    }

    private static List<VersionRecord> compared(QualifiedSubject subject, VersionSpec version,
            List<VersionRecord> versions) {
        List<VersionRecord> live = versions.stream().filter(v -> !v.deleted()).toList();
        if (version == null || (version.isLatest() && live.isEmpty())) {
            return live;
        }
        return List.of(SchemaCatalog.pick(versions, subject, version, false));
    }

    /** One line per finding, then the versions broken and the level, as Confluent's verbose answer. */
    static List<String> messages(CompatibilityResult result, EffectiveConfig config) {
        List<String> lines = new ArrayList<>(result.messages());
        Set<Integer> broken = new LinkedHashSet<>();
        for (Finding finding : result.findings()) {
            broken.add(finding.againstVersion());
        }
        for (int version : broken) {
            lines.add("{oldSchemaVersion: " + version + "}");
        }
        lines.add("{compatibility: '" + config.level() + "', protobufStrictness: '" + config.protobufStrictness()
                + "'}");
        return lines;
    }

    static String incompatibleMessage(QualifiedSubject subject, CompatibilityResult result, EffectiveConfig config) {
        return "Schema being registered is incompatible with an earlier schema for subject \"" + subject.qualified()
                + "\", details: " + messages(result, config);
    }

}
