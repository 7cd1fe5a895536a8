package org.contractregistry.registry.ui;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.contractregistry.contracts.compatibility.CompatibilityLevel;
import org.contractregistry.registry.domain.CompatibilityService;
import org.contractregistry.registry.domain.ErrorCode;
import org.contractregistry.registry.domain.QualifiedSubject;
import org.contractregistry.registry.domain.RegistryException;
import org.contractregistry.registry.domain.SchemaCatalog;
import org.contractregistry.registry.domain.SchemaDraft;
import org.contractregistry.registry.domain.SettingsService;
import org.contractregistry.registry.domain.SubjectVersionView;
import org.contractregistry.registry.domain.VersionComparison;
import org.contractregistry.registry.domain.VersionRecord;
import org.contractregistry.registry.domain.VersionSpec;
import org.contractregistry.registry.lineage.LineageQueries;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The subject pages: versions and schema, the diff of two versions with the engine's findings, and the impact of a
 * proposed schema. Each reads the domain services the REST API reads; unknown subjects and versions are the
 * {@code missing} page with 404 ({@link UiErrors}).
 */
@Path("/ui")
@Produces(MediaType.TEXT_HTML)
public class SubjectPages {
    private final SchemaCatalog catalog;
    private final SettingsService settings;
    private final VersionComparison comparison;
    private final CompatibilityService compatibility;
    private final LineageQueries lineage;
    private final AuditSource audit;

    public SubjectPages(SchemaCatalog catalog, SettingsService settings, VersionComparison comparison,
            CompatibilityService compatibility, LineageQueries lineage, AuditSource audit) {
        this.catalog = catalog;
        this.settings = settings;
        this.comparison = comparison;
        this.compatibility = compatibility;
        this.lineage = lineage;
        this.audit = audit;
    }

    @GET
    @Path("/subject")
    public TemplateInstance subject(@QueryParam("s") String name, @QueryParam("v") String version) {
        QualifiedSubject subject = QualifiedSubject.parse(UiErrors.required(name, "subject"));
        List<VersionRecord> versions = catalog.history(subject);
        VersionSpec spec = version == null || version.isBlank() ? VersionSpec.LATEST : VersionSpec.parse(version);
        SubjectVersionView view = catalog.version(subject, spec, spec.number() != 0);
        VersionComparison.Side shown = new VersionComparison.Side(view.version().version(), view.schema().id(),
                java.time.Instant.ofEpochMilli(view.version().registeredAt()), view.version().deleted(),
                view.schema().type(), VersionComparison.laidOut(view.schema().type(), view.schema().text()));
        return Templates.subject(subject.qualified(), versions, shown, settings.effective(subject).level(),
                lineage.consumers(subject.qualified()), audit.governance(subject.qualified()),
                audit.authors(subject.qualified()), audit.available());
    }

    @GET
    @Path("/diff")
    public TemplateInstance diff(@QueryParam("s") String name, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        QualifiedSubject subject = QualifiedSubject.parse(UiErrors.required(name, "subject"));
        List<VersionRecord> versions = catalog.history(subject);
        int newest = versions.get(versions.size() - 1).version();
        int right = to == null || to.isBlank() ? newest : VersionSpec.parse(to).number();
        int left = from == null || from.isBlank() ? Math.max(versions.get(0).version(), right - 1)
                : VersionSpec.parse(from).number();
        VersionComparison.Result result = comparison.compare(subject, left, right);
        return Templates.diff(subject.qualified(), versions, result,
                SideBySide.rows(result.from().text(), result.to().text(), result.findings()));
    }

    @GET
    @Path("/impact")
    public TemplateInstance impactForm(@QueryParam("s") String name) {
        QualifiedSubject subject = QualifiedSubject.parse(UiErrors.required(name, "subject"));
        SubjectVersionView latest = catalog.version(subject, VersionSpec.LATEST, false);
        String text = VersionComparison.laidOut(latest.schema().type(), latest.schema().text());
        return Templates.impact(subject.qualified(), latest.schema().type().name(), text, level(subject), null, null,
                List.of(), null);
    }

    @POST
    @Path("/impact")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance impact(@QueryParam("s") String name, @FormParam("schema") String proposed,
            @FormParam("schemaType") @DefaultValue("AVRO") String schemaType) {
        QualifiedSubject subject = QualifiedSubject.parse(UiErrors.required(name, "subject"));
        String text = proposed == null ? "" : proposed.replace("\r\n", "\n");
        CompatibilityLevel level = level(subject);
        try {
            CompatibilityService.Assessment assessment =
                    compatibility.assess(subject, SchemaDraft.of(text, schemaType));
            // As the Maven gate: an incompatible change lists the consumers of the subject's datasets it would break.
            return Templates.impact(subject.qualified(), schemaType, text, level, assessment, null,
                    SideBySide.lines(text, assessment.findings()),
                    assessment.compatible() ? null : lineage.consumers(subject.qualified()));
        } catch (RegistryException e) {
            if (e.errorCode() != ErrorCode.INVALID_SCHEMA) {
                throw e;
            }
            return Templates.impact(subject.qualified(), schemaType, text, level, null, e.getMessage(),
                    SideBySide.lines(text, List.of()), null);
        }
    }

    @ServerExceptionMapper
    public Response refused(RegistryException e) {
        return UiErrors.refused(e);
    }

    private CompatibilityLevel level(QualifiedSubject subject) {
        return settings.effective(subject).level();
    }
}
