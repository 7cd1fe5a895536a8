package org.contractregistry.registry.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import org.contractregistry.registry.domain.ErrorCode;
import org.contractregistry.registry.domain.Mode;
import org.contractregistry.registry.domain.QualifiedSubject;
import org.contractregistry.registry.domain.RegistryException;
import org.contractregistry.registry.domain.SettingsService;

/** {@code /mode} and {@code /mode/{subject}}: READWRITE, READONLY, READONLY_OVERRIDE, IMPORT (FORWARD global only). */
@Path("/mode")
@Produces({MediaTypes.V1_JSON, MediaTypes.JSON_ANY_VERSION, MediaTypes.JSON})
@Consumes(MediaTypes.JSON)
public class ModeResource {
    private final SettingsService settings;

    public ModeResource(SettingsService settings) {
        this.settings = settings;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ModeBody(String mode) {
        static ModeBody of(Mode mode) {
            return new ModeBody(mode == null ? null : mode.name());
        }
    }

    @GET
    public ModeBody global() {
        return ModeBody.of(settings.mode(SettingsService.global(), true));
    }

    @PUT
    public ModeBody putGlobal(@QueryParam("force") boolean force, ModeBody body) {
        return put(SettingsService.global(), force, body);
    }

    @DELETE
    public ModeBody deleteGlobal() {
        return ModeBody.of(settings.deleteMode(SettingsService.global()));
    }

    @GET
    @Path("/{subject}")
    public ModeBody subject(@PathParam("subject") String subject,
            @QueryParam("defaultToGlobal") boolean defaultToGlobal) {
        return ModeBody.of(settings.mode(QualifiedSubject.parse(subject), defaultToGlobal));
    }

    @PUT
    @Path("/{subject}")
    public ModeBody putSubject(@PathParam("subject") String subject, @QueryParam("force") boolean force,
            ModeBody body) {
        return put(QualifiedSubject.parse(subject), force, body);
    }

    @DELETE
    @Path("/{subject}")
    public ModeBody deleteSubject(@PathParam("subject") String subject) {
        return ModeBody.of(settings.deleteMode(QualifiedSubject.parse(subject)));
    }

    /** A body without a mode is 42204: removing a mode is {@code DELETE}, never a PUT that forgot its field. */
    private ModeBody put(QualifiedSubject scope, boolean force, ModeBody body) {
        if (body == null || body.mode() == null) {
            throw new RegistryException(ErrorCode.INVALID_MODE, "The body must name a mode, such as {\"mode\": "
                    + "\"READWRITE\"}; valid values are READWRITE, READONLY, READONLY_OVERRIDE, IMPORT and FORWARD "
                    + "(global only); DELETE /mode/{subject} removes a subject's mode");
        }
        return ModeBody.of(settings.putMode(scope, body.mode(), force).orElse(null));
    }
}
