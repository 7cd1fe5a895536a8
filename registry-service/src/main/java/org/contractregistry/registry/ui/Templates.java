package org.contractregistry.registry.ui;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.List;
import org.contractregistry.contracts.compatibility.CompatibilityLevel;
import org.contractregistry.registry.domain.CompatibilityService.Assessment;
import org.contractregistry.registry.domain.Page;
import org.contractregistry.registry.domain.VersionComparison;
import org.contractregistry.registry.domain.VersionRecord;
import org.contractregistry.registry.lineage.api.Views.DatasetSummary;
import org.contractregistry.registry.lineage.api.Views.DatasetView;
import org.contractregistry.registry.lineage.api.Views.JobSummary;
import org.contractregistry.registry.lineage.api.Views.JobView;
import org.contractregistry.registry.lineage.api.Views.SubjectConsumersView;

/** The pages of the web UI, each a Qute template under {@code templates/ui/} checked at build time. */
@CheckedTemplate(basePath = "ui")
final class Templates {
    private Templates() {}

    static native TemplateInstance search(String q, String kind, Page<VersionRecord> subjects,
            Page<DatasetSummary> datasets, Page<JobSummary> jobs);

    static native TemplateInstance subject(String subject, List<VersionRecord> versions, VersionComparison.Side shown,
            CompatibilityLevel level, SubjectConsumersView readers, AuditSource.SubjectGovernance governance,
            java.util.Map<Integer, String> authors, boolean auditAvailable);

    static native TemplateInstance diff(String subject, List<VersionRecord> versions, VersionComparison.Result result,
            List<SideBySide.Row> rows);

    static native TemplateInstance impact(String subject, String schemaType, String proposed, CompatibilityLevel level,
            Assessment assessment, String problem, List<SideBySide.Cell> lines, SubjectConsumersView downstream);

    static native TemplateInstance dataset(DatasetView dataset, List<LineagePages.QualityRow> quality, String nodeId);

    static native TemplateInstance job(JobView job, String nodeId);

    static native TemplateInstance graph(String nodeId, int depth, int maxDepth);

    static native TemplateInstance audit(AuditSource.AuditPage page, boolean available, String subject, String actor,
            String operation, String from, String to);

    static native TemplateInstance missing(String what);
}
