package org.contractregistry.registry.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.contractregistry.registry.domain.metrics.RegistryMetrics;
import org.contractregistry.contracts.compatibility.CompatibilityLevel;
import org.contractregistry.contracts.compatibility.Finding;
import org.contractregistry.registry.store.CachedReads;
import org.contractregistry.registry.store.RegistryStore;
import org.contractregistry.registry.store.SubjectState;
import org.contractregistry.registry.store.Transactions;

/**
 * {@code POST /compatibility/...}: judges a draft against a subject's versions without registering it, as a
 * registration would judge it ({@link CompatibilityJudge}): its compatibility group and reserved fields are read in
 * the metadata a registration would store (config defaults and overrides; the latest version's for a draft without).
 */
public final class CompatibilityService {
    private final Transactions transactions;
    private final SchemaCatalog catalog;
    private final SettingsService settings;
    private final SchemaPreparer preparer;
    private final CompatibilityJudge judge;
    private final RegistryMetrics metrics;

    public CompatibilityService(SchemaCatalog catalog, SettingsService settings, RegistryMetrics metrics) {
        this.transactions = catalog.transactions();
        this.catalog = catalog;
        this.settings = settings;
        this.preparer = new SchemaPreparer(catalog);
        this.judge = new CompatibilityJudge(catalog);
        this.metrics = metrics;
    }

    /**
     * @param version a single version to compare with, or null for every version the subject's level requires
     * @param verbose when true an unparsable draft is an incompatible answer rather than 42201
     */
    public CompatibilityAnswer check(QualifiedSubject subject, VersionSpec version, SchemaDraft draft,
            boolean normalize, boolean verbose) {
        CachedReads.needsStateCopies(transactions);
        return transactions.read(store -> {
            Judged judged;
            try {
                judged = judge(store, subject, version, draft);
            } catch (RegistryException e) {
                if (verbose && e.errorCode() == ErrorCode.INVALID_SCHEMA) {
                    metrics.compatibilityCheck(false);
                    return new CompatibilityAnswer(false, List.of(e.getMessage()));
                }
                throw e;
            }
            CompatibilityJudge.Verdict verdict = judged.verdict();
            metrics.compatibilityCheck(verdict.compatible());
            if (!verdict.compatible()) {
                verdict.count(metrics, RegistryMetrics.Judged.CHECK);
            }
            return new CompatibilityAnswer(verdict.compatible(), verbose ? verdict.messages(judged.config()) : List.of());
        });
    }

    /**
     * A draft judged against every version the subject's level requires, as a registration would judge it, with the
     * engine's findings themselves (rule id, path, sentence, fix hint, line in the draft) rather than their lines of
     * text: what the web UI's impact page shows. 42201 when the draft does not parse.
     */
    public Assessment assess(QualifiedSubject subject, SchemaDraft draft) {
        return transactions.read(store -> {
            Judged judged = judge(store, subject, null, draft);
            return new Assessment(judged.verdict().compatible(), judged.config().level(),
                    judged.verdict().reservedFieldProblems(), judged.verdict().result().findings());
        });
    }

    /** A verdict with its findings, and the level it was judged at. */
    public record Assessment(boolean compatible, CompatibilityLevel level, List<String> reservedFieldProblems,
            List<Finding> findings) {}

    private record Judged(CompatibilityJudge.Verdict verdict, EffectiveConfig config) {}

    private Judged judge(RegistryStore store, QualifiedSubject subject, VersionSpec version, SchemaDraft draft) {
        SubjectState state = catalog.subjectState(store, subject);
        List<VersionRecord> versions = state.versions();
        EffectiveConfig config = settings.inForce(state.settings(), subject).config();
        PreparedSchema candidate = preparer.forCheck(store, subject, draft);
        DataContractConfig contract = config.contract();
        JsonNode metadata = contract.compatibilityGroup() == null && !contract.validateFields() ? null
                : DocumentMerge.layered(contract, candidate.documents(),
                        () -> Documents.of(catalog.latestLive(store, versions))).metadata();
        return new Judged(judge.judge(store, compared(subject, version, versions), candidate.contract(), metadata,
                config), config);
    }

    private static List<VersionRecord> compared(QualifiedSubject subject, VersionSpec version,
            List<VersionRecord> versions) {
        List<VersionRecord> live = CompatibilityJudge.live(versions);
        if (version == null || (version.isLatest() && live.isEmpty())) {
            return live;
        }
        return List.of(SchemaCatalog.pick(versions, subject, version, false));
    }
}
