package org.contractregistry.registry.rest;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.contractregistry.registry.domain.DeletionService;
import org.contractregistry.registry.domain.QualifiedSubject;
import org.contractregistry.registry.domain.SchemaCatalog;

/** {@code /contexts}: {@code "."} plus every context a subject was written in; deleting an empty one. */
@Path("/contexts")
@Produces({MediaTypes.V1_JSON, MediaTypes.JSON_ANY_VERSION, MediaTypes.JSON})
public class ContextsResource {
    private final SchemaCatalog catalog;
    private final DeletionService deletions;

    public ContextsResource(SchemaCatalog catalog, DeletionService deletions) {
        this.catalog = catalog;
        this.deletions = deletions;
    }

    @GET
    public List<String> list(@QueryParam("contextPrefix") @DefaultValue("") String prefix,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("-1") int limit) {
        List<String> contexts = catalog.contexts().stream().filter(c -> c.startsWith(prefix)).toList();
        return Paging.page(contexts, offset, limit, Integer.MAX_VALUE);
    }

    /** 204 when the context holds no subject version (also when it was never used); 42211 otherwise. */
    @DELETE
    @Path("/{context}")
    public void delete(@PathParam("context") String context) {
        deletions.deleteContext(QualifiedSubject.parseContext(context));
    }
}
