package org.contractregistry.registry.rest;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.contractregistry.registry.domain.SchemaCatalog;

/** {@code GET /contexts}: {@code "."} plus every context holding a subject. */
@Path("/contexts")
@Produces({MediaTypes.V1_JSON, MediaTypes.JSON_ANY_VERSION, MediaTypes.JSON})
public class ContextsResource {
    private final SchemaCatalog catalog;

    public ContextsResource(SchemaCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    public List<String> list(@QueryParam("contextPrefix") @DefaultValue("") String prefix,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("-1") int limit) {
        List<String> contexts = catalog.contexts().stream().filter(c -> c.startsWith(prefix)).toList();
        return Paging.page(contexts, offset, limit, Integer.MAX_VALUE);
    }
}
