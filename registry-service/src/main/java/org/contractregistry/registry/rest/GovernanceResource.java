package org.contractregistry.registry.rest;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.contractregistry.registry.domain.ErrorCode;
import org.contractregistry.registry.domain.RegistryException;
import org.contractregistry.registry.domain.SchemaCatalog;
import org.contractregistry.registry.domain.SubjectGovernance;

/**
 * Subjects by governance metadata ({@link SubjectGovernance}: owner, subject tag, field sensitivity, lifecycle), as
 * their latest versions' Confluent metadata carries it; paged by offset and limit.
 */
@Path("/api/v1/governance/subjects")
@Produces(MediaType.APPLICATION_JSON)
public class GovernanceResource {
    static final int MAX_LIMIT = 1000;

    private final SchemaCatalog catalog;

    public GovernanceResource(SchemaCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    public SubjectGovernance.Page subjects(@QueryParam("owner") String owner, @QueryParam("tag") String tag,
            @QueryParam("sensitivity") String sensitivity, @QueryParam("lifecycle") String lifecycle,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new RegistryException(ErrorCode.MALFORMED_REQUEST, "Query parameter 'limit' must be between 1 and "
                    + MAX_LIMIT + ", not " + limit);
        }
        SubjectGovernance.Filter filter = new SubjectGovernance.Filter(blankToNull(owner), blankToNull(tag),
                blankToNull(sensitivity), blankToNull(lifecycle));
        return SubjectGovernance.search(catalog, filter, offset, limit);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
