package org.contractregistry.registry.ui;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.contractregistry.registry.domain.RegistryException;
import org.contractregistry.registry.domain.SchemaCatalog;
import org.contractregistry.registry.lineage.LineageQueries;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The start page: search across subjects, datasets and jobs (each paged on the server); and the audit log. */
@Path("/ui")
@Produces(MediaType.TEXT_HTML)
public class SearchPages {
    static final int PAGE_SIZE = 20;
    static final int AUDIT_PAGE = 50;

    private final SchemaCatalog catalog;
    private final LineageQueries lineage;
    private final AuditSource audit;

    public SearchPages(SchemaCatalog catalog, LineageQueries lineage, AuditSource audit) {
        this.catalog = catalog;
        this.lineage = lineage;
        this.audit = audit;
    }

    /**
     * @param kind {@code subjects}, {@code datasets} or {@code jobs} to page through one kind; otherwise the first
     *             page of each
     */
    @GET
    public TemplateInstance search(@QueryParam("q") @DefaultValue("") String q, @QueryParam("kind") String kind,
            @QueryParam("offset") @DefaultValue("0") int offset) {
        String shown = kind == null ? "" : kind;
        return Templates.search(q, shown,
                shown.isEmpty() || shown.equals("subjects") ? catalog.searchSubjects(q, at(shown, "subjects", offset),
                        PAGE_SIZE) : null,
                shown.isEmpty() || shown.equals("datasets") ? lineage.searchDatasets(q, at(shown, "datasets", offset),
                        PAGE_SIZE) : null,
                shown.isEmpty() || shown.equals("jobs") ? lineage.searchJobs(q, at(shown, "jobs", offset), PAGE_SIZE)
                        : null);
    }

    private static int at(String kind, String of, int offset) {
        return kind.equals(of) ? offset : 0;
    }

    @GET
    @Path("/audit")
    public TemplateInstance audit(@QueryParam("subject") String subject, @QueryParam("actor") String actor,
            @QueryParam("operation") String operation, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("after") @DefaultValue("0") long after) {
        AuditSource.AuditFilter filter = new AuditSource.AuditFilter(blankToNull(subject), blankToNull(actor),
                blankToNull(operation), instant(from), instant(to), Math.max(0, after), AUDIT_PAGE);
        return Templates.audit(audit.entries(filter).orElse(null), audit.available(), subject, actor, operation, from,
                to);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** An ISO instant ({@code 2026-12-01T00:00:00Z}) or date ({@code 2026-12-01}, midnight UTC). */
    private static Instant instant(String text) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        try {
            return value.length() == 10 ? Instant.parse(value + "T00:00:00Z") : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new RegistryException(org.contractregistry.registry.domain.ErrorCode.UNPROCESSABLE_REQUEST,
                    "'" + value + "' is no date (2026-12-01) or instant (2026-12-01T00:00:00Z)");
        }
    }

    @ServerExceptionMapper
    public Response refused(RegistryException e) {
        return UiErrors.refused(e);
    }
}
