package org.contractregistry.registry.rest;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
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
import java.util.LinkedHashSet;
import java.util.Set;
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

    /**
     * Confluent's ModeUpdateRequest: {@code mode} alone; {@code {}} or a null mode clears the mode at the scope, which
     * then falls back to its parent, as Confluent's {@code setMode} does. A key other than {@code mode} is refused
     * rather than read as "no mode", so a misspelt field never clears a mode.
     */
    public static final class ModeUpdate {
        public String mode;
        @JsonIgnore
        private final Set<String> unknown = new LinkedHashSet<>();

        @JsonAnySetter
        void unknown(String key, Object value) {
            unknown.add(key);
        }
    }

    @PUT
    public ModeBody putGlobal(@QueryParam("force") boolean force, ModeUpdate body) {
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
            ModeUpdate body) {
        return put(QualifiedSubject.parse(subject), force, body);
    }

    @DELETE
    @Path("/{subject}")
    public ModeBody deleteSubject(@PathParam("subject") String subject) {
        return ModeBody.of(settings.deleteMode(QualifiedSubject.parse(subject)));
    }

    /** No body is 42204; {@code {}} or {@code {"mode": null}} clears the scope's mode. */
    private ModeBody put(QualifiedSubject scope, boolean force, ModeUpdate body) {
        if (body == null) {
            throw new RegistryException(ErrorCode.INVALID_MODE, "The body must be a ModeUpdateRequest such as "
                    + "{\"mode\": \"READWRITE\"}; valid modes are READWRITE, READONLY, READONLY_OVERRIDE, IMPORT and "
                    + "FORWARD (global only); {} or {\"mode\": null} clears the mode");
        }
        if (!body.unknown.isEmpty()) {
            throw new RegistryException(ErrorCode.INVALID_MODE, "Unknown field '" + body.unknown.iterator().next()
                    + "' in the mode body; it takes only 'mode' ({} or {\"mode\": null} clears the mode)");
        }
        return ModeBody.of(settings.putMode(scope, body.mode, force).orElse(null));
    }
}
