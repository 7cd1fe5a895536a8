package org.contractregistry.registry.security.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.contractregistry.registry.domain.ErrorCode;
import org.contractregistry.registry.domain.RegistryException;
import org.contractregistry.registry.domain.access.AccessControl;
import org.contractregistry.registry.domain.access.Team;
import org.contractregistry.registry.security.Authenticator;
import org.contractregistry.registry.security.SecurityService;
import org.contractregistry.registry.security.SecurityService.KeyRequest;
import org.contractregistry.registry.security.SecurityService.UserChange;
import org.contractregistry.registry.security.SecurityViews.KeyView;
import org.contractregistry.registry.security.SecurityViews.NewKey;
import org.contractregistry.registry.security.SecurityViews.UserView;
import org.contractregistry.registry.security.SecurityViews.WhoAmI;

/** Identities: who is calling, users and teams (admin), API keys (admin, or a team's owner for its team). */
@Path("/api/v1/security")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SecurityResource {
    private final SecurityService security;
    private final AccessControl access;
    private final Authenticator authenticator;

    public SecurityResource(SecurityService security, AccessControl access, Authenticator authenticator) {
        this.security = security;
        this.access = access;
        this.authenticator = authenticator;
    }

    /** Body of {@code PUT /teams/{name}}: subject prefixes ({@code orders.}) and contexts ({@code :.payments:}). */
    public record TeamBody(List<String> prefixes, List<String> contexts) {
    }

    @GET
    @Path("/whoami")
    public WhoAmI whoami() {
        return WhoAmI.of(access.caller(), authenticator.open());
    }

    @GET
    @Path("/users")
    public List<UserView> users() {
        return security.users();
    }

    @PUT
    @Path("/users/{name}")
    public UserView putUser(@PathParam("name") String name, UserChange change) {
        return security.putUser(name, required(change, "{\"password\", \"role\", \"team\"}"));
    }

    @DELETE
    @Path("/users/{name}")
    public Response deleteUser(@PathParam("name") String name) {
        security.deleteUser(name);
        return Response.noContent().build();
    }

    @GET
    @Path("/teams")
    public List<Team> teams() {
        return security.teams();
    }

    @PUT
    @Path("/teams/{name}")
    public Team putTeam(@PathParam("name") String name, TeamBody body) {
        TeamBody team = required(body, "{\"prefixes\": [...], \"contexts\": [...]}");
        return security.putTeam(new Team(name, team.prefixes() == null ? List.of() : team.prefixes(),
                team.contexts() == null ? List.of() : team.contexts()));
    }

    @DELETE
    @Path("/teams/{name}")
    public Response deleteTeam(@PathParam("name") String name) {
        security.deleteTeam(name);
        return Response.noContent().build();
    }

    @GET
    @Path("/keys")
    public List<KeyView> keys(@QueryParam("team") String team) {
        return security.keys(team);
    }

    /** 201 with the key's id and secret; the secret is never shown again. */
    @POST
    @Path("/keys")
    public Response createKey(KeyRequest request) {
        NewKey key = security.createKey(required(request, "{\"role\", \"team\", \"description\", \"expiresAt\"}"));
        return Response.status(201).entity(key).build();
    }

    @DELETE
    @Path("/keys/{id}")
    public KeyView revokeKey(@PathParam("id") String id) {
        return security.revokeKey(id);
    }

    private static <T> T required(T body, String shape) {
        if (body == null) {
            throw new RegistryException(ErrorCode.UNPROCESSABLE_REQUEST, "The body must be " + shape);
        }
        return body;
    }
}
