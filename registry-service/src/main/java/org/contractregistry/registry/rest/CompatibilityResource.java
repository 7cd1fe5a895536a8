package org.contractregistry.registry.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.contractregistry.registry.domain.CompatibilityAnswer;
import org.contractregistry.registry.domain.CompatibilityService;
import org.contractregistry.registry.domain.QualifiedSubject;
import org.contractregistry.registry.domain.VersionSpec;

/**
 * {@code /compatibility/subjects/{subject}/versions[/{version}]}: would this schema be accepted? Answered on the event
 * loop when the caches hold all it needs ({@link EventLoop#cacheFirst}).
 */
@Path("/compatibility/subjects/{subject}/versions")
@NonBlocking
@Produces({MediaTypes.V1_JSON, MediaTypes.JSON_ANY_VERSION, MediaTypes.JSON})
@Consumes(MediaTypes.JSON)
public class CompatibilityResource {
    private final CompatibilityService compatibility;

    public CompatibilityResource(CompatibilityService compatibility) {
        this.compatibility = compatibility;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CompatibilityResponse(@JsonProperty("is_compatible") boolean compatible, List<String> messages) {
        static CompatibilityResponse of(CompatibilityAnswer answer, boolean verbose) {
            return new CompatibilityResponse(answer.compatible(), verbose ? answer.messages() : null);
        }
    }

    /** Against every version the subject's level requires (all live versions for transitive levels). */
    @POST
    public Uni<CompatibilityResponse> checkAll(@PathParam("subject") String subject,
            @QueryParam("normalize") boolean normalize, @QueryParam("verbose") boolean verbose,
            RegisterSchemaRequest request) {
        return EventLoop.cacheFirst(() -> CompatibilityResponse.of(compatibility.check(QualifiedSubject.parse(subject),
                null, RegisterSchemaRequest.toDraft(request), normalize, verbose), verbose));
    }

    /** Against one version only. */
    @POST
    @Path("/{version}")
    public Uni<CompatibilityResponse> checkOne(@PathParam("subject") String subject,
            @PathParam("version") String version, @QueryParam("normalize") boolean normalize,
            @QueryParam("verbose") boolean verbose, RegisterSchemaRequest request) {
        return EventLoop.cacheFirst(() -> CompatibilityResponse.of(compatibility.check(QualifiedSubject.parse(subject),
                VersionSpec.parse(version), RegisterSchemaRequest.toDraft(request), normalize, verbose), verbose));
    }
}
